ALTER TABLE "kolada_kpi" ALTER COLUMN "operating_areas" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "kolada_kpi" ALTER COLUMN "perspectives" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "kolada_kpi" DROP COLUMN "operating_area";--> statement-breakpoint
ALTER TABLE "kolada_kpi" DROP COLUMN "perspective";