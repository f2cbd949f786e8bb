CREATE TABLE "communications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"person_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"matter_id" uuid,
	"direction" text NOT NULL,
	"channel" text NOT NULL,
	"agency_id" uuid,
	"contact_id" uuid,
	"counterpart_name" text,
	"counterpart_label" text NOT NULL,
	"occurred_on" date NOT NULL,
	"subject" text NOT NULL,
	"body" text,
	"jurisdiction" text DEFAULT 'england-and-wales' NOT NULL,
	"reply_state" text,
	"reply_due" date,
	"reply_due_explanation" text,
	"answered_by_id" uuid,
	"chaser_of_id" uuid,
	"confirmation" text,
	"confirmation_note" text,
	"confirms_id" uuid,
	"recorded_by_id" uuid NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce("communications"."subject", '')), 'A') || setweight(to_tsvector('english', coalesce("communications"."counterpart_label", '')), 'B') || setweight(to_tsvector('english', coalesce("communications"."body", '')), 'C')) STORED
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"person_id" uuid NOT NULL,
	"communication_id" uuid,
	"uploaded_by_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"attached_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "timeline_events" ADD COLUMN "communication_id" uuid;--> statement-breakpoint
ALTER TABLE "communications" ADD CONSTRAINT "communications_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communications" ADD CONSTRAINT "communications_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communications" ADD CONSTRAINT "communications_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communications" ADD CONSTRAINT "communications_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communications" ADD CONSTRAINT "communications_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communications" ADD CONSTRAINT "communications_answered_by_id_communications_id_fk" FOREIGN KEY ("answered_by_id") REFERENCES "public"."communications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communications" ADD CONSTRAINT "communications_chaser_of_id_communications_id_fk" FOREIGN KEY ("chaser_of_id") REFERENCES "public"."communications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communications" ADD CONSTRAINT "communications_confirms_id_communications_id_fk" FOREIGN KEY ("confirms_id") REFERENCES "public"."communications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communications" ADD CONSTRAINT "communications_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_communication_id_communications_id_fk" FOREIGN KEY ("communication_id") REFERENCES "public"."communications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "communications_person_idx" ON "communications" USING btree ("person_id","occurred_on","created_at","id");--> statement-breakpoint
CREATE INDEX "communications_matter_idx" ON "communications" USING btree ("matter_id","occurred_on");--> statement-breakpoint
CREATE INDEX "communications_search_idx" ON "communications" USING gin ("search");--> statement-breakpoint
CREATE INDEX "communications_awaiting_reply_idx" ON "communications" USING btree ("reply_due") WHERE "communications"."reply_state" = 'awaiting';--> statement-breakpoint
CREATE INDEX "communications_confirmation_needed_idx" ON "communications" USING btree ("person_id") WHERE "communications"."confirmation" = 'needed';--> statement-breakpoint
CREATE INDEX "communications_chaser_of_idx" ON "communications" USING btree ("chaser_of_id");--> statement-breakpoint
CREATE INDEX "communications_answered_by_idx" ON "communications" USING btree ("answered_by_id");--> statement-breakpoint
CREATE INDEX "documents_communication_idx" ON "documents" USING btree ("communication_id");--> statement-breakpoint
CREATE INDEX "documents_staged_idx" ON "documents" USING btree ("created_at") WHERE "documents"."communication_id" is null;--> statement-breakpoint
ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_communication_id_communications_id_fk" FOREIGN KEY ("communication_id") REFERENCES "public"."communications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "timeline_events_communication_idx" ON "timeline_events" USING btree ("communication_id");