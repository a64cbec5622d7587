ALTER TABLE "messages" ADD COLUMN "feedback_rating" text;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "feedback_note" text;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "feedback_at" timestamp with time zone;