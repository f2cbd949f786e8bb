ALTER TABLE "sign_in_attempts" ALTER COLUMN "succeeded" SET DATA TYPE boolean USING ("succeeded" = 'yes');--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "second_factor_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "sign_in_attempts_created_idx" ON "sign_in_attempts" USING btree ("created_at");