CREATE TABLE "consent" (
	"municipality_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"fields" jsonb NOT NULL,
	"given_on" date NOT NULL,
	"given_how" text NOT NULL,
	"recorded_by_id" uuid,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consent_municipality_code_id_pk" PRIMARY KEY("municipality_code","id")
);
--> statement-breakpoint
CREATE TABLE "notification" (
	"municipality_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"staff_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"link" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "notification_municipality_code_id_pk" PRIMARY KEY("municipality_code","id")
);
--> statement-breakpoint
CREATE TABLE "placement" (
	"municipality_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"need_id" uuid,
	"kind" text NOT NULL,
	"start_date" date NOT NULL,
	"employment_form" text,
	"source" text NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "placement_municipality_code_id_pk" PRIMARY KEY("municipality_code","id")
);
--> statement-breakpoint
CREATE TABLE "presentation" (
	"municipality_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"need_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_viewed_at" timestamp with time zone,
	CONSTRAINT "presentation_municipality_code_id_pk" PRIMARY KEY("municipality_code","id")
);
--> statement-breakpoint
CREATE TABLE "presentation_candidate" (
	"municipality_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"presentation_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"consent_id" uuid NOT NULL,
	"answer" text,
	"answer_reason" text,
	"answer_note" text,
	"hired_start_date" date,
	"hired_employment_kind" text,
	"answered_at" timestamp with time zone,
	CONSTRAINT "presentation_candidate_municipality_code_id_pk" PRIMARY KEY("municipality_code","id")
);
--> statement-breakpoint
CREATE TABLE "shortlist_entry" (
	"municipality_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"need_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"added_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shortlist_entry_municipality_code_id_pk" PRIMARY KEY("municipality_code","id")
);
--> statement-breakpoint
CREATE TABLE "shortlist_event" (
	"municipality_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"staff_id" uuid,
	"by_employer" text,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	CONSTRAINT "shortlist_event_municipality_code_id_pk" PRIMARY KEY("municipality_code","id")
);
--> statement-breakpoint
ALTER TABLE "participant" ADD COLUMN "protected_identity" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_municipality_code_participant_id_participant_municipality_code_id_fk" FOREIGN KEY ("municipality_code","participant_id") REFERENCES "public"."participant"("municipality_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_municipality_code_employer_id_employer_municipality_code_id_fk" FOREIGN KEY ("municipality_code","employer_id") REFERENCES "public"."employer"("municipality_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortlist_entry" ADD CONSTRAINT "shortlist_entry_municipality_code_need_id_recruitment_need_municipality_code_id_fk" FOREIGN KEY ("municipality_code","need_id") REFERENCES "public"."recruitment_need"("municipality_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortlist_entry" ADD CONSTRAINT "shortlist_entry_municipality_code_participant_id_participant_municipality_code_id_fk" FOREIGN KEY ("municipality_code","participant_id") REFERENCES "public"."participant"("municipality_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consent_lookup_idx" ON "consent" USING btree ("municipality_code","participant_id","need_id");--> statement-breakpoint
CREATE INDEX "notification_staff_idx" ON "notification" USING btree ("municipality_code","staff_id","read_at");--> statement-breakpoint
CREATE INDEX "placement_need_idx" ON "placement" USING btree ("municipality_code","need_id");--> statement-breakpoint
CREATE INDEX "placement_participant_idx" ON "placement" USING btree ("municipality_code","participant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "presentation_token_uq" ON "presentation" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "presentation_employer_idx" ON "presentation" USING btree ("municipality_code","employer_id","created_at");--> statement-breakpoint
CREATE INDEX "presentation_candidate_idx" ON "presentation_candidate" USING btree ("municipality_code","presentation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "shortlist_entry_uq" ON "shortlist_entry" USING btree ("municipality_code","need_id","participant_id");--> statement-breakpoint
CREATE INDEX "shortlist_entry_participant_idx" ON "shortlist_entry" USING btree ("municipality_code","participant_id");--> statement-breakpoint
CREATE INDEX "shortlist_event_entry_idx" ON "shortlist_event" USING btree ("municipality_code","entry_id","at");