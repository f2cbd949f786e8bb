DROP INDEX "matters_reference_idx";--> statement-breakpoint
CREATE INDEX "agencies_name_idx" ON "agencies" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "people_risk_flags_idx" ON "people" USING gin ("risk_flags");--> statement-breakpoint
CREATE INDEX "asylum_claim_details_home_office_reference_idx" ON "asylum_claim_details" USING btree (lower("home_office_reference"));--> statement-breakpoint
CREATE INDEX "asylum_claim_details_appeal_number_idx" ON "asylum_claim_details" USING btree (lower("appeal_number"));--> statement-breakpoint
CREATE INDEX "matters_reference_lower_idx" ON "matters" USING btree (lower("reference"));--> statement-breakpoint
CREATE INDEX "nrm_referral_details_nrm_reference_idx" ON "nrm_referral_details" USING btree (lower("nrm_reference"));--> statement-breakpoint
CREATE INDEX "police_report_details_crime_reference_idx" ON "police_report_details" USING btree (lower("crime_reference"));