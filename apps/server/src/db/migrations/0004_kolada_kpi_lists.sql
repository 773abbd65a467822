ALTER TABLE "kolada_kpi" ADD COLUMN "operating_areas" jsonb;--> statement-breakpoint
ALTER TABLE "kolada_kpi" ADD COLUMN "perspectives" jsonb;--> statement-breakpoint
ALTER TABLE "kolada_kpi" ADD COLUMN "has_ou_data" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "kolada_kpi" ADD COLUMN "auspices" text;--> statement-breakpoint
ALTER TABLE "kolada_kpi" ADD COLUMN "preliminary_publication_date" text;