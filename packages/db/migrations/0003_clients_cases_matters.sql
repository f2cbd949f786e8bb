CREATE TABLE "team_members" (
	"team_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_members_team_id_user_id_pk" PRIMARY KEY("team_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"address" text,
	"phone" text,
	"email" text,
	"website" text,
	"notes" text,
	"reply_expected_working_days" integer,
	CONSTRAINT "agencies_category_check" CHECK ("agencies"."category" in ('police', 'crown_prosecution', 'home_office_asylum', 'immigration_enforcement', 'nrm_competent_authority', 'tribunal', 'local_authority', 'legal_representative', 'support_service', 'health', 'other'))
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"agency_id" uuid NOT NULL,
	"name" text NOT NULL,
	"role" text,
	"email" text,
	"phone" text,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"display_name" text NOT NULL,
	"date_of_birth" date,
	"date_of_birth_precision" text DEFAULT 'unknown' NOT NULL,
	"nationality" text,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"interpreter_needed" boolean DEFAULT false NOT NULL,
	"interpreter_language" text,
	"pronouns" text,
	"safe_contact" jsonb NOT NULL,
	"risk_flags" text[] DEFAULT '{}'::text[] NOT NULL,
	"key_worker_id" uuid,
	"team_id" uuid,
	"restricted" boolean DEFAULT false NOT NULL,
	"notes" text,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "person_aliases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"person_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"known_to_agency_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"opened_on" date NOT NULL,
	"closed_on" date,
	"lead_caseworker_id" uuid,
	"team_id" uuid
);
--> statement-breakpoint
CREATE TABLE "asylum_claim_details" (
	"matter_id" uuid PRIMARY KEY NOT NULL,
	"home_office_reference" text,
	"claim_date" date,
	"screening_date" date,
	"substantive_interview_date" date,
	"decision" text,
	"decision_date" date,
	"decision_sent_date" date,
	"appeal_number" text,
	"hearing_date" date,
	"legal_representative" text,
	"detained" boolean DEFAULT false NOT NULL,
	"reporting_conditions" text,
	"support_type" text
);
--> statement-breakpoint
CREATE TABLE "matters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"stage" text NOT NULL,
	"stage_before_closing" text,
	"stage_changed_on" date NOT NULL,
	"reference" text,
	"agency_id" uuid,
	"contact_id" uuid,
	"opened_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nrm_referral_details" (
	"matter_id" uuid PRIMARY KEY NOT NULL,
	"first_responder_organisation" text,
	"referral_date" date,
	"consent_recorded" boolean DEFAULT false NOT NULL,
	"nrm_reference" text,
	"reasonable_grounds_decision" text,
	"reasonable_grounds_date" date,
	"conclusive_grounds_decision" text,
	"conclusive_grounds_date" date,
	"support_provider" text
);
--> statement-breakpoint
CREATE TABLE "police_report_details" (
	"matter_id" uuid PRIMARY KEY NOT NULL,
	"force_agency_id" uuid,
	"crime_reference" text,
	"date_reported" date,
	"offence" text,
	"client_role" text,
	"officer_in_charge" text,
	"officer_contact" text,
	"victims_code_entitlement" text
);
--> statement-breakpoint
CREATE TABLE "social_services_details" (
	"matter_id" uuid PRIMARY KEY NOT NULL,
	"local_authority" text,
	"social_worker" text,
	"children" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"strategy_discussion_date" date,
	"initial_conference_date" date,
	"review_conference_date" date
);
--> statement-breakpoint
CREATE TABLE "timeline_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"person_id" uuid NOT NULL,
	"case_id" uuid,
	"matter_id" uuid,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"recorded_by_id" uuid NOT NULL,
	"from_stage" text,
	"to_stage" text,
	"note" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_key_worker_id_users_id_fk" FOREIGN KEY ("key_worker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_aliases" ADD CONSTRAINT "person_aliases_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_lead_caseworker_id_users_id_fk" FOREIGN KEY ("lead_caseworker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asylum_claim_details" ADD CONSTRAINT "asylum_claim_details_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nrm_referral_details" ADD CONSTRAINT "nrm_referral_details_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "police_report_details" ADD CONSTRAINT "police_report_details_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "police_report_details" ADD CONSTRAINT "police_report_details_force_agency_id_agencies_id_fk" FOREIGN KEY ("force_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_services_details" ADD CONSTRAINT "social_services_details_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "team_members_user_idx" ON "team_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "teams_name_key" ON "teams" USING btree ("name");--> statement-breakpoint
CREATE INDEX "agencies_name_trgm_idx" ON "agencies" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "agencies_category_idx" ON "agencies" USING btree ("category","name");--> statement-breakpoint
CREATE INDEX "contacts_agency_idx" ON "contacts" USING btree ("agency_id","name");--> statement-breakpoint
CREATE INDEX "people_display_name_trgm_idx" ON "people" USING gin ("display_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "people_display_name_idx" ON "people" USING btree ("display_name","id");--> statement-breakpoint
CREATE INDEX "people_key_worker_idx" ON "people" USING btree ("key_worker_id");--> statement-breakpoint
CREATE INDEX "people_team_idx" ON "people" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "person_aliases_person_idx" ON "person_aliases" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "person_aliases_name_trgm_idx" ON "person_aliases" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "cases_person_idx" ON "cases" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "cases_lead_idx" ON "cases" USING btree ("lead_caseworker_id","status");--> statement-breakpoint
CREATE INDEX "matters_case_idx" ON "matters" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "matters_person_idx" ON "matters" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "matters_kind_stage_idx" ON "matters" USING btree ("kind","stage");--> statement-breakpoint
CREATE INDEX "matters_reference_idx" ON "matters" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "timeline_events_person_idx" ON "timeline_events" USING btree ("person_id","occurred_on");--> statement-breakpoint
CREATE INDEX "timeline_events_matter_idx" ON "timeline_events" USING btree ("matter_id","occurred_on");