CREATE TYPE "public"."region_level" AS ENUM('province', 'prefecture', 'county', 'township');--> statement-breakpoint
CREATE TYPE "public"."agency_kind" AS ENUM('government', 'department', 'subdistrict', 'other');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('admin', 'reviewer', 'clerk', 'auditor');--> statement-breakpoint
CREATE TYPE "public"."report_format" AS ENUM('2021', '2019');--> statement-breakpoint
CREATE TYPE "public"."report_origin" AS ENUM('imported', 'entered', 'compiled');--> statement-breakpoint
CREATE TYPE "public"."report_status" AS ENUM('draft', 'submitted', 'returned', 'published');--> statement-breakpoint
CREATE TYPE "public"."finding_severity" AS ENUM('error', 'warning', 'info');--> statement-breakpoint
CREATE TABLE "regions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "regions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"level" "region_level" NOT NULL,
	"parent_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "regions_code_unique" UNIQUE("code"),
	CONSTRAINT "regions_code_format" CHECK ("regions"."code" ~ '^[0-9]{6}([0-9]{3}([0-9]{3})?)?$'),
	CONSTRAINT "regions_name_not_blank" CHECK (btrim("regions"."name") <> ''),
	CONSTRAINT "regions_not_own_parent" CHECK ("regions"."parent_id" is null or "regions"."parent_id" <> "regions"."id")
);
--> statement-breakpoint
CREATE TABLE "agencies" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agencies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"kind" "agency_kind" NOT NULL,
	"region_id" integer NOT NULL,
	"parent_agency_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agencies_region_name_unique" UNIQUE("region_id","name"),
	CONSTRAINT "agencies_name_not_blank" CHECK (btrim("agencies"."name") <> ''),
	CONSTRAINT "agencies_not_own_parent" CHECK ("agencies"."parent_agency_id" is null or "agencies"."parent_agency_id" <> "agencies"."id")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "user_role" NOT NULL,
	"agency_id" integer,
	"region_id" integer,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"password_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_login_at" timestamp with time zone,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_not_blank" CHECK (btrim("users"."username") <> ''),
	CONSTRAINT "users_password_hash_phc" CHECK ("users"."password_hash" ~ '^\$[a-z0-9-]+\$'),
	CONSTRAINT "users_failed_logins_nonnegative" CHECK ("users"."failed_logins" >= 0),
	CONSTRAINT "users_clerk_has_agency" CHECK ("users"."role" <> 'clerk' or "users"."agency_id" is not null),
	CONSTRAINT "users_reviewer_has_region" CHECK ("users"."role" <> 'reviewer' or "users"."region_id" is not null),
	CONSTRAINT "users_one_scope" CHECK ("users"."agency_id" is null or "users"."region_id" is null)
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"csrf_token_hash" text NOT NULL,
	"ip" "inet",
	"user_agent" text,
	CONSTRAINT "sessions_id_hash_hex" CHECK ("sessions"."id_hash" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "sessions_csrf_hash_hex" CHECK ("sessions"."csrf_token_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agency_id" integer NOT NULL,
	"year" integer NOT NULL,
	"format" "report_format" NOT NULL,
	"origin" "report_origin" NOT NULL,
	"status" "report_status" DEFAULT 'draft' NOT NULL,
	"title" text,
	"published_on" date,
	"current_version_id" integer,
	"error_count" integer DEFAULT 0 NOT NULL,
	"warning_count" integer DEFAULT 0 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reports_agency_year_unique" UNIQUE("agency_id","year"),
	CONSTRAINT "reports_year_range" CHECK ("reports"."year" between 2000 and 2100),
	CONSTRAINT "reports_counts_nonnegative" CHECK ("reports"."error_count" >= 0 and "reports"."warning_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "report_versions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "report_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"report_id" integer NOT NULL,
	"number" integer NOT NULL,
	"report" jsonb NOT NULL,
	"created_by" integer,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" integer,
	CONSTRAINT "report_versions_number_unique" UNIQUE("report_id","number"),
	CONSTRAINT "report_versions_report_id_unique" UNIQUE("report_id","id"),
	CONSTRAINT "report_versions_number_positive" CHECK ("report_versions"."number" >= 1),
	CONSTRAINT "report_versions_reason_not_blank" CHECK (btrim("report_versions"."reason") <> ''),
	CONSTRAINT "report_versions_published_by_when_published" CHECK ("report_versions"."published_by" is null or "report_versions"."published_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "source_files" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "source_files_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"report_version_id" integer NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "source_files_size_matches" CHECK ("source_files"."size" = octet_length("source_files"."bytes")),
	CONSTRAINT "source_files_size_limit" CHECK ("source_files"."size" <= 33554432),
	CONSTRAINT "source_files_sha256_hex" CHECK ("source_files"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "source_files_name_not_blank" CHECK (btrim("source_files"."file_name") <> '')
);
--> statement-breakpoint
CREATE TABLE "findings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "findings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"report_version_id" integer NOT NULL,
	"ordinal" integer NOT NULL,
	"rule" text NOT NULL,
	"severity" "finding_severity" NOT NULL,
	"message" text NOT NULL,
	"cells" text[] DEFAULT '{}' NOT NULL,
	"line" integer,
	"excerpt" text
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" integer,
	"actor_name" text,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"ip" "inet"
);
--> statement-breakpoint
ALTER TABLE "regions" ADD CONSTRAINT "regions_parent_id_regions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."regions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_parent_agency_id_agencies_id_fk" FOREIGN KEY ("parent_agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_current_version_fk" FOREIGN KEY ("id","current_version_id") REFERENCES "public"."report_versions"("report_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_versions" ADD CONSTRAINT "report_versions_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_versions" ADD CONSTRAINT "report_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_versions" ADD CONSTRAINT "report_versions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_files" ADD CONSTRAINT "source_files_report_version_id_report_versions_id_fk" FOREIGN KEY ("report_version_id") REFERENCES "public"."report_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_report_version_id_report_versions_id_fk" FOREIGN KEY ("report_version_id") REFERENCES "public"."report_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "regions_parent_idx" ON "regions" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "agencies_parent_idx" ON "agencies" USING btree ("parent_agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_unique" ON "users" USING btree ("username");--> statement-breakpoint
CREATE INDEX "users_agency_idx" ON "users" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "users_region_idx" ON "users" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "reports_year_status_idx" ON "reports" USING btree ("year","status");--> statement-breakpoint
CREATE INDEX "reports_updated_idx" ON "reports" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "source_files_version_idx" ON "source_files" USING btree ("report_version_id");--> statement-breakpoint
CREATE INDEX "source_files_sha256_idx" ON "source_files" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "findings_version_idx" ON "findings" USING btree ("report_version_id","ordinal");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action","at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");