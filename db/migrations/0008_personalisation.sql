CREATE TABLE "chapter_personalisation" (
	"chapter" text NOT NULL,
	"lang" text NOT NULL,
	"digest" text NOT NULL,
	"profile" text NOT NULL,
	"body" text NOT NULL,
	"original_parts" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chapter_personalisation_chapter_lang_digest_profile_pk" PRIMARY KEY("chapter","lang","digest","profile")
);
--> statement-breakpoint
CREATE TABLE "personalisation_run" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"chapter" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "personalisation_run" ADD CONSTRAINT "personalisation_run_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "personalisation_run_user_created_idx" ON "personalisation_run" USING btree ("user_id","created_at");