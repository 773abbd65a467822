CREATE TABLE "case_correction" (
	"municipality_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid NOT NULL,
	"enrolment_id" uuid,
	"subject" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"changes" jsonb NOT NULL,
	"corrected_by_id" uuid,
	"corrected_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_correction_municipality_code_id_pk" PRIMARY KEY("municipality_code","id")
);
--> statement-breakpoint
ALTER TABLE "enrolment" ADD COLUMN "exit_recorded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "follow_up" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "follow_up" ADD COLUMN "cancelled_by_id" uuid;--> statement-breakpoint
ALTER TABLE "follow_up" ADD COLUMN "cancel_reason" text;--> statement-breakpoint
ALTER TABLE "journal_entry" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "journal_entry" ADD COLUMN "amended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "journal_entry" ADD COLUMN "amended_by_id" uuid;--> statement-breakpoint
ALTER TABLE "case_correction" ADD CONSTRAINT "case_correction_municipality_code_participant_id_participant_municipality_code_id_fk" FOREIGN KEY ("municipality_code","participant_id") REFERENCES "public"."participant"("municipality_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_correction_subject_idx" ON "case_correction" USING btree ("municipality_code","subject_id","corrected_at");--> statement-breakpoint
CREATE INDEX "case_correction_participant_idx" ON "case_correction" USING btree ("municipality_code","participant_id","corrected_at");--> statement-breakpoint
-- Exits recorded before this column: the last change of the period is the best known time.
UPDATE "enrolment" SET "exit_recorded_at" = "updated_at" WHERE "exit_date" IS NOT NULL;