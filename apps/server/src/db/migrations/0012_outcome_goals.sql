CREATE TABLE "outcome_goal" (
	"municipality_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"kpi_id" text NOT NULL,
	"year" integer NOT NULL,
	"target" double precision NOT NULL,
	"direction" text DEFAULT 'at_least' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_id" uuid,
	CONSTRAINT "outcome_goal_municipality_code_id_pk" PRIMARY KEY("municipality_code","id"),
	CONSTRAINT "outcome_goal_target_range" CHECK ("outcome_goal"."target" >= 0 and "outcome_goal"."target" <= 1000000)
);
--> statement-breakpoint
CREATE TABLE "outcome_goal_change" (
	"municipality_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_by_id" uuid,
	"from_target" double precision,
	"to_target" double precision NOT NULL,
	"from_direction" text,
	"to_direction" text NOT NULL,
	"reason" text NOT NULL,
	CONSTRAINT "outcome_goal_change_municipality_code_id_pk" PRIMARY KEY("municipality_code","id")
);
--> statement-breakpoint
ALTER TABLE "outcome_goal" ADD CONSTRAINT "outcome_goal_municipality_code_unit_id_unit_municipality_code_id_fk" FOREIGN KEY ("municipality_code","unit_id") REFERENCES "public"."unit"("municipality_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_goal_change" ADD CONSTRAINT "outcome_goal_change_municipality_code_goal_id_outcome_goal_municipality_code_id_fk" FOREIGN KEY ("municipality_code","goal_id") REFERENCES "public"."outcome_goal"("municipality_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_goal_change" ADD CONSTRAINT "outcome_goal_change_municipality_code_changed_by_id_staff_user_municipality_code_id_fk" FOREIGN KEY ("municipality_code","changed_by_id") REFERENCES "public"."staff_user"("municipality_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "outcome_goal_unit_kpi_year_uq" ON "outcome_goal" USING btree ("municipality_code","unit_id","kpi_id","year");--> statement-breakpoint
CREATE INDEX "outcome_goal_change_goal_idx" ON "outcome_goal_change" USING btree ("municipality_code","goal_id","changed_at");