CREATE TABLE "application_events" (
	"application_id" integer NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"date" date NOT NULL,
	"data" jsonb NOT NULL,
	"recorded_by" integer,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "application_events_pk" PRIMARY KEY("application_id","seq"),
	CONSTRAINT "application_events_seq_positive" CHECK ("application_events"."seq" >= 1),
	CONSTRAINT "application_events_type_matches" CHECK ("application_events"."data" ->> 'type' = "application_events"."type")
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "applications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agency_id" integer NOT NULL,
	"year_of_receipt" integer NOT NULL,
	"seq" integer NOT NULL,
	"number" text NOT NULL,
	"channel" text NOT NULL,
	"receipt" jsonb NOT NULL,
	"received_on" date NOT NULL,
	"applicant_type" text NOT NULL,
	"applicant_name" text NOT NULL,
	"identity_kind" text,
	"identity_number_enc" "bytea",
	"identity_masked" text,
	"applicant_key" text NOT NULL,
	"content" text NOT NULL,
	"content_key" text NOT NULL,
	"requested_form" text,
	"requested_delivery" text,
	"status_kind" text DEFAULT 'received' NOT NULL,
	"due_on" date,
	"closed_on" date,
	"closed_by" text,
	"outcome" text,
	"fee_fen" integer,
	"fee_paid_on" date,
	"event_count" integer DEFAULT 0 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "applications_agency_year_seq_unique" UNIQUE("agency_id","year_of_receipt","seq"),
	CONSTRAINT "applications_channel_known" CHECK ("applications"."channel" in ('inPerson', 'post', 'onlinePlatform', 'email', 'fax', 'other')),
	CONSTRAINT "applications_applicant_type_known" CHECK ("applications"."applicant_type" in ('naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg')),
	CONSTRAINT "applications_status_known" CHECK ("applications"."status_kind" in ('received', 'awaitingSupplement', 'paused', 'extended', 'concluded')),
	CONSTRAINT "applications_closed_by_known" CHECK ("applications"."closed_by" is null or "applications"."closed_by" in ('replied', 'withdrawn', 'noCorrection', 'unpaidFee')),
	CONSTRAINT "applications_seq_positive" CHECK ("applications"."seq" >= 1),
	CONSTRAINT "applications_year_matches" CHECK ("applications"."year_of_receipt" = extract(year from "applications"."received_on")::int),
	CONSTRAINT "applications_closed_consistent" CHECK (("applications"."closed_on" is null) = ("applications"."outcome" is null) and ("applications"."closed_on" is null) = ("applications"."closed_by" is null)),
	CONSTRAINT "applications_content_not_blank" CHECK (btrim("applications"."content") <> '')
);
--> statement-breakpoint
CREATE TABLE "article20_figures" (
	"agency_id" integer NOT NULL,
	"year" integer NOT NULL,
	"figures" jsonb NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "article20_figures_pk" PRIMARY KEY("agency_id","year"),
	CONSTRAINT "article20_figures_year_range" CHECK ("article20_figures"."year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"data" jsonb NOT NULL,
	"loaded_by" integer,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_years_year_range" CHECK ("calendar_years"."year" between 2000 and 2100),
	CONSTRAINT "calendar_years_year_matches" CHECK (("calendar_years"."data" ->> 'year')::int = "calendar_years"."year")
);
--> statement-breakpoint
CREATE TABLE "proactive_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "proactive_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agency_id" integer NOT NULL,
	"title" text NOT NULL,
	"published_on" date NOT NULL,
	"channel" text NOT NULL,
	"category" text DEFAULT '' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proactive_items_channel_known" CHECK ("proactive_items"."channel" in ('portal', 'newMedia', 'gazette', 'other')),
	CONSTRAINT "proactive_items_title_not_blank" CHECK (btrim("proactive_items"."title") <> '')
);
--> statement-breakpoint
CREATE TABLE "review_cases" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "review_cases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agency_id" integer NOT NULL,
	"kind" text NOT NULL,
	"application_id" integer,
	"filed_on" date NOT NULL,
	"result" text DEFAULT 'pending' NOT NULL,
	"decided_on" date,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_cases_kind_known" CHECK ("review_cases"."kind" in ('reconsideration', 'litigationDirect', 'litigationAfterReconsideration')),
	CONSTRAINT "review_cases_result_known" CHECK ("review_cases"."result" in ('upheld', 'corrected', 'other', 'pending')),
	CONSTRAINT "review_cases_decided_iff_not_pending" CHECK (("review_cases"."result" = 'pending') = ("review_cases"."decided_on" is null))
);
--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article20_figures" ADD CONSTRAINT "article20_figures_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article20_figures" ADD CONSTRAINT "article20_figures_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_years" ADD CONSTRAINT "calendar_years_loaded_by_users_id_fk" FOREIGN KEY ("loaded_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proactive_items" ADD CONSTRAINT "proactive_items_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proactive_items" ADD CONSTRAINT "proactive_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_cases" ADD CONSTRAINT "review_cases_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_cases" ADD CONSTRAINT "review_cases_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_cases" ADD CONSTRAINT "review_cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "applications_compile_idx" ON "applications" USING btree ("agency_id","received_on","closed_on","applicant_type","outcome");--> statement-breakpoint
CREATE INDEX "applications_agency_due_idx" ON "applications" USING btree ("agency_id","due_on");--> statement-breakpoint
CREATE INDEX "applications_agency_closed_idx" ON "applications" USING btree ("agency_id","closed_on");--> statement-breakpoint
CREATE INDEX "applications_duplicate_idx" ON "applications" USING btree ("agency_id","applicant_key","content_key");--> statement-breakpoint
CREATE INDEX "proactive_items_agency_published_idx" ON "proactive_items" USING btree ("agency_id","published_on");--> statement-breakpoint
CREATE INDEX "review_cases_agency_filed_idx" ON "review_cases" USING btree ("agency_id","filed_on");--> statement-breakpoint
CREATE INDEX "review_cases_application_idx" ON "review_cases" USING btree ("application_id");