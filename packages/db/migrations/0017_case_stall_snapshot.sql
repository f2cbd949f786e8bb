CREATE TABLE "case_stall_changes" (
	"case_id" uuid PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_stall_snapshot" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"opened_on" date NOT NULL,
	"key_worker_id" uuid,
	"last_activity_on" date,
	"idle_days" integer NOT NULL,
	"reasons" text[] DEFAULT '{}'::text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_stall_snapshot_state" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"computed_for" text NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "case_stall_snapshot_flagged_idx" ON "case_stall_snapshot" USING btree ("case_id") WHERE cardinality("case_stall_snapshot"."reasons") > 0;--> statement-breakpoint
-- The stalled-cases snapshot learns which cases changed from these statement-level triggers (one insert per
-- statement, however many rows): every table the stall rules read marks the cases it touched.
CREATE OR REPLACE FUNCTION case_stall_mark(case_ids uuid[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO case_stall_changes (case_id)
  SELECT DISTINCT id FROM unnest(case_ids) AS t(id) WHERE id IS NOT NULL
  ON CONFLICT DO NOTHING;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION case_stall_changed_by_case_id() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM case_stall_mark((SELECT array_agg(r.case_id) FROM old_rows r));
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM case_stall_mark((SELECT array_agg(r.case_id) FROM new_rows r));
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION case_stall_changed_by_id() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM case_stall_mark((SELECT array_agg(r.id) FROM old_rows r));
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM case_stall_mark((SELECT array_agg(r.id) FROM new_rows r));
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION case_stall_changed_by_person() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM case_stall_mark((SELECT array_agg(c.id) FROM old_rows r JOIN cases c ON c.person_id = r.id));
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM case_stall_mark((SELECT array_agg(c.id) FROM new_rows r JOIN cases c ON c.person_id = r.id));
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION case_stall_changed_by_appointment() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM case_stall_mark((SELECT array_agg(a.case_id) FROM old_rows r JOIN appointments a ON a.id = r.appointment_id));
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM case_stall_mark((SELECT array_agg(a.case_id) FROM new_rows r JOIN appointments a ON a.id = r.appointment_id));
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER communications_stall_insert AFTER INSERT ON communications REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_stall_changed_by_case_id();
--> statement-breakpoint
CREATE TRIGGER communications_stall_update AFTER UPDATE ON communications REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_stall_changed_by_case_id();
--> statement-breakpoint
CREATE TRIGGER communications_stall_delete AFTER DELETE ON communications REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION case_stall_changed_by_case_id();
--> statement-breakpoint
CREATE TRIGGER timeline_events_stall_insert AFTER INSERT ON timeline_events REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_stall_changed_by_case_id();
--> statement-breakpoint
CREATE TRIGGER timeline_events_stall_update AFTER UPDATE ON timeline_events REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_stall_changed_by_case_id();
--> statement-breakpoint
CREATE TRIGGER timeline_events_stall_delete AFTER DELETE ON timeline_events REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION case_stall_changed_by_case_id();
--> statement-breakpoint
CREATE TRIGGER appointments_stall_insert AFTER INSERT ON appointments REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_stall_changed_by_case_id();
--> statement-breakpoint
CREATE TRIGGER appointments_stall_update AFTER UPDATE ON appointments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_stall_changed_by_case_id();
--> statement-breakpoint
CREATE TRIGGER appointments_stall_delete AFTER DELETE ON appointments REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION case_stall_changed_by_case_id();
--> statement-breakpoint
CREATE TRIGGER deadlines_stall_insert AFTER INSERT ON deadlines REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_stall_changed_by_case_id();
--> statement-breakpoint
CREATE TRIGGER deadlines_stall_update AFTER UPDATE ON deadlines REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_stall_changed_by_case_id();
--> statement-breakpoint
CREATE TRIGGER deadlines_stall_delete AFTER DELETE ON deadlines REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION case_stall_changed_by_case_id();
--> statement-breakpoint
CREATE TRIGGER matters_stall_insert AFTER INSERT ON matters REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_stall_changed_by_case_id();
--> statement-breakpoint
CREATE TRIGGER matters_stall_update AFTER UPDATE ON matters REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_stall_changed_by_case_id();
--> statement-breakpoint
CREATE TRIGGER matters_stall_delete AFTER DELETE ON matters REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION case_stall_changed_by_case_id();
--> statement-breakpoint
CREATE TRIGGER supervision_reviews_stall_insert AFTER INSERT ON supervision_reviews REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_stall_changed_by_case_id();
--> statement-breakpoint
CREATE TRIGGER supervision_reviews_stall_update AFTER UPDATE ON supervision_reviews REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_stall_changed_by_case_id();
--> statement-breakpoint
CREATE TRIGGER supervision_reviews_stall_delete AFTER DELETE ON supervision_reviews REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION case_stall_changed_by_case_id();
--> statement-breakpoint
CREATE TRIGGER cases_stall_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_stall_changed_by_id();
--> statement-breakpoint
CREATE TRIGGER cases_stall_update AFTER UPDATE ON cases REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_stall_changed_by_id();
--> statement-breakpoint
CREATE TRIGGER cases_stall_delete AFTER DELETE ON cases REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION case_stall_changed_by_id();
--> statement-breakpoint
CREATE TRIGGER people_stall_insert AFTER INSERT ON people REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_stall_changed_by_person();
--> statement-breakpoint
CREATE TRIGGER people_stall_update AFTER UPDATE ON people REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_stall_changed_by_person();
--> statement-breakpoint
CREATE TRIGGER people_stall_delete AFTER DELETE ON people REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION case_stall_changed_by_person();
--> statement-breakpoint
CREATE TRIGGER accompaniment_reports_stall_insert AFTER INSERT ON accompaniment_reports REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_stall_changed_by_appointment();
--> statement-breakpoint
CREATE TRIGGER accompaniment_reports_stall_update AFTER UPDATE ON accompaniment_reports REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_stall_changed_by_appointment();
--> statement-breakpoint
CREATE TRIGGER accompaniment_reports_stall_delete AFTER DELETE ON accompaniment_reports REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION case_stall_changed_by_appointment();
