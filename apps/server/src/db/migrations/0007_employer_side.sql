CREATE TABLE "employer_agreement" (
	"municipality_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"signed_by" text,
	"note" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employer_agreement_municipality_code_id_pk" PRIMARY KEY("municipality_code","id")
);
--> statement-breakpoint
CREATE TABLE "employer_contact" (
	"municipality_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"name" text NOT NULL,
	"role" text,
	"phone" text,
	"email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employer_contact_municipality_code_id_pk" PRIMARY KEY("municipality_code","id")
);
--> statement-breakpoint
CREATE TABLE "employer_contact_log" (
	"municipality_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"staff_id" uuid,
	"contact_id" uuid,
	"note" text,
	"next_step" text,
	"next_step_due" date,
	"next_step_done_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employer_contact_log_municipality_code_id_pk" PRIMARY KEY("municipality_code","id")
);
--> statement-breakpoint
CREATE TABLE "employer_workplace" (
	"municipality_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"name" text NOT NULL,
	"address" text,
	"postcode" text,
	"municipality" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employer_workplace_municipality_code_id_pk" PRIMARY KEY("municipality_code","id")
);
--> statement-breakpoint
CREATE TABLE "recruitment_need" (
	"municipality_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid,
	"workplace_id" uuid,
	"status" text NOT NULL,
	"closing_reason" text,
	"source" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"occupation_id" text,
	"positions" integer DEFAULT 1 NOT NULL,
	"required_skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"merit_skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"licences" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"languages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"municipality" text,
	"extent_percent" integer,
	"hours" text,
	"shifts" jsonb,
	"weekends" boolean,
	"start_date" date,
	"employment_form" text,
	"requires_car" boolean,
	"min_experience_years" real,
	"open_to" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"submitter" jsonb,
	"liaison_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recruitment_need_municipality_code_id_pk" PRIMARY KEY("municipality_code","id")
);
--> statement-breakpoint
CREATE TABLE "recruitment_need_event" (
	"municipality_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"need_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"staff_id" uuid,
	"kind" text NOT NULL,
	"fields" jsonb,
	"from_status" text,
	"to_status" text,
	"reason" text,
	CONSTRAINT "recruitment_need_event_municipality_code_id_pk" PRIMARY KEY("municipality_code","id")
);
--> statement-breakpoint
CREATE TABLE "outbox_message" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_code" text NOT NULL,
	"kind" text NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body_text" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "rate_limit_hit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bucket" text NOT NULL,
	"key_hash" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "employer" ADD COLUMN "sni_code" text;--> statement-breakpoint
ALTER TABLE "employer" ADD COLUMN "liaison_id" uuid;--> statement-breakpoint
ALTER TABLE "employer_agreement" ADD CONSTRAINT "employer_agreement_municipality_code_employer_id_employer_municipality_code_id_fk" FOREIGN KEY ("municipality_code","employer_id") REFERENCES "public"."employer"("municipality_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_contact" ADD CONSTRAINT "employer_contact_municipality_code_employer_id_employer_municipality_code_id_fk" FOREIGN KEY ("municipality_code","employer_id") REFERENCES "public"."employer"("municipality_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_contact_log" ADD CONSTRAINT "employer_contact_log_municipality_code_employer_id_employer_municipality_code_id_fk" FOREIGN KEY ("municipality_code","employer_id") REFERENCES "public"."employer"("municipality_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_workplace" ADD CONSTRAINT "employer_workplace_municipality_code_employer_id_employer_municipality_code_id_fk" FOREIGN KEY ("municipality_code","employer_id") REFERENCES "public"."employer"("municipality_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruitment_need_event" ADD CONSTRAINT "recruitment_need_event_municipality_code_need_id_recruitment_need_municipality_code_id_fk" FOREIGN KEY ("municipality_code","need_id") REFERENCES "public"."recruitment_need"("municipality_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employer_contact_employer_idx" ON "employer_contact" USING btree ("municipality_code","employer_id");--> statement-breakpoint
CREATE INDEX "employer_contact_log_employer_idx" ON "employer_contact_log" USING btree ("municipality_code","employer_id","occurred_on");--> statement-breakpoint
CREATE INDEX "employer_contact_log_due_idx" ON "employer_contact_log" USING btree ("municipality_code","staff_id","next_step_due");--> statement-breakpoint
CREATE INDEX "employer_workplace_employer_idx" ON "employer_workplace" USING btree ("municipality_code","employer_id");--> statement-breakpoint
CREATE INDEX "recruitment_need_status_idx" ON "recruitment_need" USING btree ("municipality_code","status");--> statement-breakpoint
CREATE INDEX "recruitment_need_employer_idx" ON "recruitment_need" USING btree ("municipality_code","employer_id");--> statement-breakpoint
CREATE INDEX "recruitment_need_updated_idx" ON "recruitment_need" USING btree ("municipality_code","updated_at");--> statement-breakpoint
CREATE INDEX "recruitment_need_event_need_idx" ON "recruitment_need_event" USING btree ("municipality_code","need_id","at");--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "outbox_message" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "rate_limit_hit_idx" ON "rate_limit_hit" USING btree ("bucket","key_hash","at");--> statement-breakpoint
ALTER TABLE "employer" ADD CONSTRAINT "employer_municipality_code_liaison_id_staff_user_municipality_code_id_fk" FOREIGN KEY ("municipality_code","liaison_id") REFERENCES "public"."staff_user"("municipality_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- The one contact each employer had becomes its first contact person.
INSERT INTO "employer_contact" ("municipality_code", "employer_id", "name", "phone", "email")
SELECT "municipality_code", "id", "contact_name", "contact_phone", "contact_email" FROM "employer"
WHERE "contact_name" IS NOT NULL AND btrim("contact_name") <> '';--> statement-breakpoint
ALTER TABLE "employer" DROP COLUMN "contact_name";--> statement-breakpoint
ALTER TABLE "employer" DROP COLUMN "contact_phone";--> statement-breakpoint
ALTER TABLE "employer" DROP COLUMN "contact_email";