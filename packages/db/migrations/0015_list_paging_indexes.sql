DROP INDEX "timeline_events_person_idx";--> statement-breakpoint
DROP INDEX "timeline_events_matter_idx";--> statement-breakpoint
CREATE INDEX "timeline_events_person_order_idx" ON "timeline_events" USING btree ("person_id","occurred_on","created_at","id");--> statement-breakpoint
CREATE INDEX "timeline_events_matter_order_idx" ON "timeline_events" USING btree ("matter_id","occurred_on","created_at","id");--> statement-breakpoint
CREATE INDEX "deadlines_person_list_idx" ON "deadlines" USING btree ("person_id",("status" <> 'open'),"due","created_at","id");