CREATE TABLE "digest_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"sent_at" timestamp with time zone,
	"failure" text,
	"attempts" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_review_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"draft" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"reviewed_on" date NOT NULL,
	"notes" text NOT NULL,
	"next_review_on" date
);
--> statement-breakpoint
ALTER TABLE "deadlines" ADD COLUMN "supervision_review_id" uuid;--> statement-breakpoint
ALTER TABLE "digest_deliveries" ADD CONSTRAINT "digest_deliveries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_review_drafts" ADD CONSTRAINT "supervision_review_drafts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_review_drafts" ADD CONSTRAINT "supervision_review_drafts_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_review_drafts" ADD CONSTRAINT "supervision_review_drafts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_reviews" ADD CONSTRAINT "supervision_reviews_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_reviews" ADD CONSTRAINT "supervision_reviews_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_reviews" ADD CONSTRAINT "supervision_reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "digest_deliveries_user_week_key" ON "digest_deliveries" USING btree ("user_id","week_start");--> statement-breakpoint
CREATE UNIQUE INDEX "supervision_review_drafts_author_case_key" ON "supervision_review_drafts" USING btree ("author_id","case_id");--> statement-breakpoint
CREATE INDEX "supervision_review_drafts_person_idx" ON "supervision_review_drafts" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "supervision_reviews_case_idx" ON "supervision_reviews" USING btree ("case_id","reviewed_on","created_at");--> statement-breakpoint
CREATE INDEX "supervision_reviews_person_idx" ON "supervision_reviews" USING btree ("person_id","reviewed_on");--> statement-breakpoint
ALTER TABLE "deadlines" ADD CONSTRAINT "deadlines_supervision_review_id_supervision_reviews_id_fk" FOREIGN KEY ("supervision_review_id") REFERENCES "public"."supervision_reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cases_status_idx" ON "cases" USING btree ("status","opened_on");--> statement-breakpoint
CREATE INDEX "timeline_events_case_kind_idx" ON "timeline_events" USING btree ("case_id","kind","occurred_on");--> statement-breakpoint
CREATE INDEX "deadlines_supervision_review_idx" ON "deadlines" USING btree ("supervision_review_id");--> statement-breakpoint
CREATE INDEX "deadlines_case_status_due_idx" ON "deadlines" USING btree ("case_id","status","due");--> statement-breakpoint
CREATE INDEX "communications_case_idx" ON "communications" USING btree ("case_id","occurred_on");--> statement-breakpoint
CREATE INDEX "accompaniment_reports_missed_idx" ON "accompaniment_reports" USING btree ("appointment_id") WHERE "accompaniment_reports"."outcome" = 'client_did_not_attend';--> statement-breakpoint
CREATE INDEX "appointments_case_idx" ON "appointments" USING btree ("case_id","starts_at");