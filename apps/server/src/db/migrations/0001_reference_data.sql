CREATE TABLE "geo_county" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "geo_municipality" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"county_code" text NOT NULL,
	"population" integer,
	"lat" double precision,
	"lng" double precision
);
--> statement-breakpoint
CREATE TABLE "geo_postcode" (
	"postcode" text PRIMARY KEY NOT NULL,
	"locality" text,
	"municipality_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kolada_kpi" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"operating_area" text,
	"perspective" text,
	"municipality_type" text,
	"is_divided_by_gender" boolean DEFAULT false NOT NULL,
	"publication_date" text,
	"publ_period" text
);
--> statement-breakpoint
CREATE TABLE "kolada_kpi_value" (
	"kpi_id" text NOT NULL,
	"municipality_code" text NOT NULL,
	"period" integer NOT NULL,
	"gender" text NOT NULL,
	"value" double precision,
	"count" integer,
	"status" text,
	"source" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kolada_kpi_value_kpi_id_municipality_code_period_gender_pk" PRIMARY KEY("kpi_id","municipality_code","period","gender")
);
--> statement-breakpoint
CREATE TABLE "kolada_municipality_group" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kolada_municipality_group_member" (
	"group_id" text NOT NULL,
	"municipality_code" text NOT NULL,
	"municipality_name" text,
	CONSTRAINT "kolada_municipality_group_member_group_id_municipality_code_pk" PRIMARY KEY("group_id","municipality_code")
);
--> statement-breakpoint
CREATE TABLE "taxonomy_isco_group" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"definition" text,
	"removed_in_version" text
);
--> statement-breakpoint
CREATE TABLE "taxonomy_language" (
	"id" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"iso_639_1" text,
	"iso_639_2" text,
	"removed_in_version" text
);
--> statement-breakpoint
CREATE TABLE "taxonomy_occupation" (
	"id" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"ssyk4_id" text NOT NULL,
	"synonyms" jsonb,
	"no_education_required" boolean DEFAULT false NOT NULL,
	"deprecated" boolean DEFAULT false NOT NULL,
	"replaced_by" text,
	"removed_in_version" text
);
--> statement-breakpoint
CREATE TABLE "taxonomy_skill" (
	"id" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"deprecated" boolean DEFAULT false NOT NULL,
	"replaced_by" text,
	"removed_in_version" text
);
--> statement-breakpoint
CREATE TABLE "taxonomy_ssyk4_isco" (
	"ssyk4_id" text NOT NULL,
	"isco_code" text NOT NULL,
	CONSTRAINT "taxonomy_ssyk4_isco_ssyk4_id_isco_code_pk" PRIMARY KEY("ssyk4_id","isco_code")
);
--> statement-breakpoint
CREATE TABLE "taxonomy_ssyk4_skill" (
	"ssyk4_id" text NOT NULL,
	"skill_id" text NOT NULL,
	CONSTRAINT "taxonomy_ssyk4_skill_ssyk4_id_skill_id_pk" PRIMARY KEY("ssyk4_id","skill_id")
);
--> statement-breakpoint
CREATE TABLE "taxonomy_ssyk_group" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"level" smallint NOT NULL,
	"label" text NOT NULL,
	"definition" text,
	"parent_id" text,
	"removed_in_version" text
);
--> statement-breakpoint
CREATE TABLE "taxonomy_substitutability" (
	"occupation_id" text NOT NULL,
	"substitute_id" text NOT NULL,
	"percent" smallint NOT NULL,
	CONSTRAINT "taxonomy_substitutability_occupation_id_substitute_id_pk" PRIMARY KEY("occupation_id","substitute_id")
);
--> statement-breakpoint
CREATE TABLE "taxonomy_version" (
	"version" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"source_date" timestamp with time zone,
	"counts" jsonb NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "kolada_municipality_group_member" ADD CONSTRAINT "kolada_municipality_group_member_group_id_kolada_municipality_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."kolada_municipality_group"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "geo_postcode_municipality_idx" ON "geo_postcode" USING btree ("municipality_code");--> statement-breakpoint
CREATE INDEX "taxonomy_occupation_ssyk4_idx" ON "taxonomy_occupation" USING btree ("ssyk4_id");--> statement-breakpoint
CREATE INDEX "taxonomy_ssyk_group_code_idx" ON "taxonomy_ssyk_group" USING btree ("code");--> statement-breakpoint
CREATE INDEX "taxonomy_substitutability_substitute_idx" ON "taxonomy_substitutability" USING btree ("substitute_id");