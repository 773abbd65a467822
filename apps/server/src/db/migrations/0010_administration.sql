CREATE TABLE "municipality_settings" (
	"municipality_code" text PRIMARY KEY NOT NULL,
	"exit_correction_days" integer DEFAULT 30 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_id" uuid,
	CONSTRAINT "municipality_settings_exit_correction_days_range" CHECK ("municipality_settings"."exit_correction_days" between 0 and 365)
);
--> statement-breakpoint
CREATE TABLE "staff_password_link" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"municipality_code" text NOT NULL,
	"staff_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "unit" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "municipality_settings" ADD CONSTRAINT "municipality_settings_municipality_code_municipality_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipality"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_password_link" ADD CONSTRAINT "staff_password_link_municipality_code_staff_id_staff_user_municipality_code_id_fk" FOREIGN KEY ("municipality_code","staff_id") REFERENCES "public"."staff_user"("municipality_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "staff_password_link_staff_idx" ON "staff_password_link" USING btree ("municipality_code","staff_id");