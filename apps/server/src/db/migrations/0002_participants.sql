CREATE TABLE "employer" (
	"municipality_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"organisationsnummer" text,
	"municipality" text,
	"address" text,
	"postcode" text,
	"industry" text,
	"contact_name" text,
	"contact_phone" text,
	"contact_email" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employer_municipality_code_id_pk" PRIMARY KEY("municipality_code","id")
);
--> statement-breakpoint
CREATE TABLE "coach_assignment" (
	"municipality_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"coach_id" uuid,
	"assigned_by_id" uuid,
	"from_at" timestamp with time zone NOT NULL,
	"to_at" timestamp with time zone,
	"reason" text,
	CONSTRAINT "coach_assignment_municipality_code_id_pk" PRIMARY KEY("municipality_code","id")
);
--> statement-breakpoint
CREATE TABLE "enrolment" (
	"municipality_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"coach_id" uuid,
	"enrolled_at" date NOT NULL,
	"referral_source" text NOT NULL,
	"education_level" text,
	"months_without_work" integer,
	"income_support" boolean NOT NULL,
	"af_registered_since" date,
	"exit_date" date,
	"exit_category" text,
	"exit_employment_kind" text,
	"exit_employment_start" date,
	"exit_employer_id" uuid,
	"exit_employer_name" text,
	"exit_occupation_id" text,
	"exit_subsidy" text,
	"exit_held_one_month" boolean,
	"exit_studies_kind" text,
	"exit_student_finance_eligible" boolean,
	"exit_studies_provider" text,
	"exit_note" text,
	"imported_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enrolment_municipality_code_id_pk" PRIMARY KEY("municipality_code","id")
);
--> statement-breakpoint
CREATE TABLE "follow_up" (
	"municipality_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"with" text NOT NULL,
	"due_date" date NOT NULL,
	"due_time" text,
	"employer_id" uuid,
	"intervention_id" uuid,
	"purpose" text,
	"done_at" timestamp with time zone,
	"done_by_id" uuid,
	"outcome" text,
	"job_held" boolean,
	"overdue_since" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_id" uuid,
	CONSTRAINT "follow_up_municipality_code_id_pk" PRIMARY KEY("municipality_code","id")
);
--> statement-breakpoint
CREATE TABLE "intervention" (
	"municipality_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"type" text NOT NULL,
	"subsidy_kind" text,
	"title" text NOT NULL,
	"employer_id" uuid,
	"provider" text,
	"occupation_id" text,
	"start_date" date NOT NULL,
	"end_date" date,
	"hours_per_week" real,
	"goals" text,
	"status" text NOT NULL,
	"recruitment_need_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_id" uuid,
	CONSTRAINT "intervention_municipality_code_id_pk" PRIMARY KEY("municipality_code","id")
);
--> statement-breakpoint
CREATE TABLE "journal_entry" (
	"municipality_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"text" text NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "journal_entry_municipality_code_id_pk" PRIMARY KEY("municipality_code","id")
);
--> statement-breakpoint
CREATE TABLE "participant" (
	"municipality_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"personnummer" text NOT NULL,
	"personnummer_kind" text NOT NULL,
	"birth_date" date NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"phone" text,
	"email" text,
	"address" text,
	"preferred_language" text,
	"profile" jsonb NOT NULL,
	"adaptations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"adaptations_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"profile_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participant_municipality_code_id_pk" PRIMARY KEY("municipality_code","id")
);
--> statement-breakpoint
CREATE TABLE "plan_version" (
	"municipality_code" text NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"goal" text NOT NULL,
	"goal_description" text,
	"goal_occupation_id" text,
	"steps" jsonb NOT NULL,
	"agreed_with_participant" boolean NOT NULL,
	"agreed_at" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_id" uuid,
	CONSTRAINT "plan_version_municipality_code_enrolment_id_version_pk" PRIMARY KEY("municipality_code","enrolment_id","version")
);
--> statement-breakpoint
ALTER TABLE "employer" ADD CONSTRAINT "employer_municipality_code_municipality_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipality"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_assignment" ADD CONSTRAINT "coach_assignment_municipality_code_enrolment_id_enrolment_municipality_code_id_fk" FOREIGN KEY ("municipality_code","enrolment_id") REFERENCES "public"."enrolment"("municipality_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_assignment" ADD CONSTRAINT "coach_assignment_municipality_code_coach_id_staff_user_municipality_code_id_fk" FOREIGN KEY ("municipality_code","coach_id") REFERENCES "public"."staff_user"("municipality_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_municipality_code_participant_id_participant_municipality_code_id_fk" FOREIGN KEY ("municipality_code","participant_id") REFERENCES "public"."participant"("municipality_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_municipality_code_unit_id_unit_municipality_code_id_fk" FOREIGN KEY ("municipality_code","unit_id") REFERENCES "public"."unit"("municipality_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_municipality_code_coach_id_staff_user_municipality_code_id_fk" FOREIGN KEY ("municipality_code","coach_id") REFERENCES "public"."staff_user"("municipality_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_municipality_code_exit_employer_id_employer_municipality_code_id_fk" FOREIGN KEY ("municipality_code","exit_employer_id") REFERENCES "public"."employer"("municipality_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_municipality_code_enrolment_id_enrolment_municipality_code_id_fk" FOREIGN KEY ("municipality_code","enrolment_id") REFERENCES "public"."enrolment"("municipality_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_municipality_code_employer_id_employer_municipality_code_id_fk" FOREIGN KEY ("municipality_code","employer_id") REFERENCES "public"."employer"("municipality_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervention" ADD CONSTRAINT "intervention_municipality_code_enrolment_id_enrolment_municipality_code_id_fk" FOREIGN KEY ("municipality_code","enrolment_id") REFERENCES "public"."enrolment"("municipality_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervention" ADD CONSTRAINT "intervention_municipality_code_employer_id_employer_municipality_code_id_fk" FOREIGN KEY ("municipality_code","employer_id") REFERENCES "public"."employer"("municipality_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entry" ADD CONSTRAINT "journal_entry_municipality_code_enrolment_id_enrolment_municipality_code_id_fk" FOREIGN KEY ("municipality_code","enrolment_id") REFERENCES "public"."enrolment"("municipality_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant" ADD CONSTRAINT "participant_municipality_code_municipality_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipality"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_version" ADD CONSTRAINT "plan_version_municipality_code_enrolment_id_enrolment_municipality_code_id_fk" FOREIGN KEY ("municipality_code","enrolment_id") REFERENCES "public"."enrolment"("municipality_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "employer_orgnr_uq" ON "employer" USING btree ("municipality_code","organisationsnummer") WHERE organisationsnummer is not null;--> statement-breakpoint
CREATE INDEX "employer_name_idx" ON "employer" USING btree ("municipality_code","name");--> statement-breakpoint
CREATE INDEX "coach_assignment_enrolment_idx" ON "coach_assignment" USING btree ("municipality_code","enrolment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enrolment_one_open_uq" ON "enrolment" USING btree ("municipality_code","participant_id") WHERE exit_date is null;--> statement-breakpoint
CREATE INDEX "enrolment_participant_idx" ON "enrolment" USING btree ("municipality_code","participant_id");--> statement-breakpoint
CREATE INDEX "enrolment_unit_idx" ON "enrolment" USING btree ("municipality_code","unit_id","exit_date");--> statement-breakpoint
CREATE INDEX "enrolment_coach_idx" ON "enrolment" USING btree ("municipality_code","coach_id");--> statement-breakpoint
CREATE UNIQUE INDEX "follow_up_exit_verification_uq" ON "follow_up" USING btree ("municipality_code","enrolment_id") WHERE kind = 'exit_verification';--> statement-breakpoint
CREATE INDEX "follow_up_due_idx" ON "follow_up" USING btree ("municipality_code","due_date");--> statement-breakpoint
CREATE INDEX "follow_up_enrolment_idx" ON "follow_up" USING btree ("municipality_code","enrolment_id");--> statement-breakpoint
CREATE INDEX "intervention_enrolment_idx" ON "intervention" USING btree ("municipality_code","enrolment_id");--> statement-breakpoint
CREATE INDEX "journal_entry_enrolment_idx" ON "journal_entry" USING btree ("municipality_code","enrolment_id","occurred_on");--> statement-breakpoint
CREATE UNIQUE INDEX "participant_personnummer_uq" ON "participant" USING btree ("municipality_code","personnummer");--> statement-breakpoint
CREATE INDEX "participant_name_idx" ON "participant" USING btree ("municipality_code","last_name","first_name");