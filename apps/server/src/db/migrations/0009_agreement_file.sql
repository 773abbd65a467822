CREATE TABLE "employer_agreement_file" (
	"municipality_code" text NOT NULL,
	"agreement_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_id" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employer_agreement_file_municipality_code_agreement_id_pk" PRIMARY KEY("municipality_code","agreement_id")
);
--> statement-breakpoint
ALTER TABLE "employer_agreement_file" ADD CONSTRAINT "employer_agreement_file_municipality_code_agreement_id_employer_agreement_municipality_code_id_fk" FOREIGN KEY ("municipality_code","agreement_id") REFERENCES "public"."employer_agreement"("municipality_code","id") ON DELETE cascade ON UPDATE no action;