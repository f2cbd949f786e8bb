CREATE TABLE "break_glass_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"user_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"reviewed_by_id" uuid,
	"reviewed_at" timestamp with time zone,
	"review_note" text
);
--> statement-breakpoint
CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"person_id" uuid NOT NULL,
	"categories" text[] NOT NULL,
	"method" text NOT NULL,
	"given_on" date NOT NULL,
	"document_id" uuid,
	"scope" text,
	"recorded_by_id" uuid NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by_id" uuid,
	"withdrawal_note" text,
	CONSTRAINT "consents_method_check" CHECK ("consents"."method" in ('verbal', 'written'))
);
--> statement-breakpoint
CREATE TABLE "disclosures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"person_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"recipient_category" text NOT NULL,
	"agency_id" uuid,
	"recipient_label" text NOT NULL,
	"information_shared" text[] NOT NULL,
	"basis" text NOT NULL,
	"consent_id" uuid,
	"legal_basis" text,
	"basis_details" text,
	"description" text NOT NULL,
	"communication_id" uuid,
	"document_id" uuid,
	"requested_by_id" uuid NOT NULL,
	"made_at" timestamp with time zone,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"pending_communication" jsonb,
	CONSTRAINT "disclosures_kind_check" CHECK ("disclosures"."kind" in ('communication', 'download', 'print', 'export')),
	CONSTRAINT "disclosures_status_check" CHECK ("disclosures"."status" in ('made', 'awaiting_approval', 'refused', 'cancelled')),
	CONSTRAINT "disclosures_basis_check" CHECK ("disclosures"."basis" in ('consent', 'legal_basis', 'client', 'own_casework')),
	CONSTRAINT "disclosures_approved_check" CHECK ("disclosures"."status" <> 'made' or "disclosures"."basis" <> 'legal_basis' or "disclosures"."decided_by_id" is not null),
	CONSTRAINT "disclosures_immigration_check" CHECK ("disclosures"."status" <> 'made' or "disclosures"."recipient_category" <> 'immigration_enforcement' or "disclosures"."decided_by_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "subject_access_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"person_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"received_via" text NOT NULL,
	"identity_checked" boolean NOT NULL,
	"note" text,
	"deadline_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"completed_on" date,
	"completion_note" text,
	"recorded_by_id" uuid NOT NULL,
	"last_exported_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "anonymisation_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"person_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"requested_by_id" uuid NOT NULL,
	"status" text DEFAULT 'awaiting_approval' NOT NULL,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	CONSTRAINT "anonymisation_requests_status_check" CHECK ("anonymisation_requests"."status" in ('awaiting_approval', 'approved', 'refused', 'cancelled')),
	CONSTRAINT "anonymisation_requests_two_people_check" CHECK ("anonymisation_requests"."status" <> 'approved' or ("anonymisation_requests"."decided_by_id" is not null and "anonymisation_requests"."decided_by_id" <> "anonymisation_requests"."requested_by_id"))
);
--> statement-breakpoint
DROP INDEX "person_aliases_name_trgm_idx";--> statement-breakpoint
DROP INDEX "asylum_claim_details_home_office_reference_idx";--> statement-breakpoint
DROP INDEX "asylum_claim_details_appeal_number_idx";--> statement-breakpoint
DROP INDEX "matters_reference_lower_idx";--> statement-breakpoint
DROP INDEX "nrm_referral_details_nrm_reference_idx";--> statement-breakpoint
DROP INDEX "police_report_details_crime_reference_idx";--> statement-breakpoint
DROP INDEX "documents_staged_idx";--> statement-breakpoint
ALTER TABLE "people" ALTER COLUMN "date_of_birth" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "anonymised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "legal_hold" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "legal_hold_reason" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "legal_hold_set_by_id" uuid;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "legal_hold_set_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "person_aliases" ADD COLUMN "name_index" text;--> statement-breakpoint
ALTER TABLE "asylum_claim_details" ADD COLUMN "home_office_reference_index" text;--> statement-breakpoint
ALTER TABLE "asylum_claim_details" ADD COLUMN "appeal_number_index" text;--> statement-breakpoint
ALTER TABLE "matters" ADD COLUMN "reference_index" text;--> statement-breakpoint
ALTER TABLE "nrm_referral_details" ADD COLUMN "nrm_reference_index" text;--> statement-breakpoint
ALTER TABLE "police_report_details" ADD COLUMN "crime_reference_index" text;--> statement-breakpoint
ALTER TABLE "timeline_events" ADD COLUMN "sensitive" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "break_glass_grants" ADD CONSTRAINT "break_glass_grants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "break_glass_grants" ADD CONSTRAINT "break_glass_grants_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "break_glass_grants" ADD CONSTRAINT "break_glass_grants_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_withdrawn_by_id_users_id_fk" FOREIGN KEY ("withdrawn_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_consent_id_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."consents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_communication_id_communications_id_fk" FOREIGN KEY ("communication_id") REFERENCES "public"."communications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_access_requests" ADD CONSTRAINT "subject_access_requests_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_access_requests" ADD CONSTRAINT "subject_access_requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_access_requests" ADD CONSTRAINT "subject_access_requests_deadline_id_deadlines_id_fk" FOREIGN KEY ("deadline_id") REFERENCES "public"."deadlines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_access_requests" ADD CONSTRAINT "subject_access_requests_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anonymisation_requests" ADD CONSTRAINT "anonymisation_requests_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anonymisation_requests" ADD CONSTRAINT "anonymisation_requests_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anonymisation_requests" ADD CONSTRAINT "anonymisation_requests_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "break_glass_user_person_idx" ON "break_glass_grants" USING btree ("user_id","person_id","expires_at");--> statement-breakpoint
CREATE INDEX "break_glass_person_idx" ON "break_glass_grants" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE INDEX "break_glass_unreviewed_idx" ON "break_glass_grants" USING btree ("created_at") WHERE "break_glass_grants"."reviewed_at" is null;--> statement-breakpoint
CREATE INDEX "consents_person_idx" ON "consents" USING btree ("person_id","given_on");--> statement-breakpoint
CREATE INDEX "disclosures_person_idx" ON "disclosures" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE INDEX "disclosures_awaiting_idx" ON "disclosures" USING btree ("created_at") WHERE "disclosures"."status" = 'awaiting_approval';--> statement-breakpoint
CREATE INDEX "disclosures_decided_idx" ON "disclosures" USING btree ("decided_at") WHERE "disclosures"."decided_at" is not null;--> statement-breakpoint
CREATE INDEX "disclosures_communication_idx" ON "disclosures" USING btree ("communication_id");--> statement-breakpoint
CREATE INDEX "subject_access_requests_person_idx" ON "subject_access_requests" USING btree ("person_id","received_on");--> statement-breakpoint
CREATE INDEX "anonymisation_requests_awaiting_idx" ON "anonymisation_requests" USING btree ("created_at") WHERE "anonymisation_requests"."status" = 'awaiting_approval';--> statement-breakpoint
CREATE UNIQUE INDEX "anonymisation_requests_one_awaiting_key" ON "anonymisation_requests" USING btree ("person_id") WHERE "anonymisation_requests"."status" = 'awaiting_approval';--> statement-breakpoint
CREATE INDEX "anonymisation_requests_person_idx" ON "anonymisation_requests" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE INDEX "anonymisation_requests_decided_idx" ON "anonymisation_requests" USING btree ("decided_at") WHERE "anonymisation_requests"."decided_at" is not null;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_legal_hold_set_by_id_users_id_fk" FOREIGN KEY ("legal_hold_set_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_created_idx" ON "audit_log" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "person_aliases_name_index_idx" ON "person_aliases" USING btree ("name_index");--> statement-breakpoint
CREATE INDEX "asylum_claim_details_home_office_reference_index_idx" ON "asylum_claim_details" USING btree ("home_office_reference_index");--> statement-breakpoint
CREATE INDEX "asylum_claim_details_appeal_number_index_idx" ON "asylum_claim_details" USING btree ("appeal_number_index");--> statement-breakpoint
CREATE INDEX "matters_reference_index_idx" ON "matters" USING btree ("reference_index");--> statement-breakpoint
CREATE INDEX "nrm_referral_details_nrm_reference_index_idx" ON "nrm_referral_details" USING btree ("nrm_reference_index");--> statement-breakpoint
CREATE INDEX "police_report_details_crime_reference_index_idx" ON "police_report_details" USING btree ("crime_reference_index");--> statement-breakpoint
CREATE INDEX "documents_staged_idx" ON "documents" USING btree ("created_at") WHERE "documents"."attached_at" is null;--> statement-breakpoint
-- Files attached before attached_at marked every attachment (none are expected): never prune them.
UPDATE "documents" SET "attached_at" = "updated_at" WHERE "communication_id" IS NOT NULL AND "attached_at" IS NULL;