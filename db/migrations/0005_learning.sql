CREATE TABLE "chapter_progress" (
	"user_id" text NOT NULL,
	"chapter" text NOT NULL,
	"furthest_section" text,
	"furthest_index" integer DEFAULT 0 NOT NULL,
	"read_at" timestamp with time zone,
	"last_visit_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chapter_progress_user_id_chapter_pk" PRIMARY KEY("user_id","chapter")
);
--> statement-breakpoint
CREATE TABLE "quiz_answer" (
	"user_id" text NOT NULL,
	"quiz_id" text NOT NULL,
	"chapter" text NOT NULL,
	"first_choice" integer NOT NULL,
	"first_correct" boolean NOT NULL,
	"latest_choice" integer NOT NULL,
	"latest_correct" boolean NOT NULL,
	"attempts" integer DEFAULT 1 NOT NULL,
	"review_box" integer,
	"review_due_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quiz_answer_user_id_quiz_id_pk" PRIMARY KEY("user_id","quiz_id")
);
--> statement-breakpoint
ALTER TABLE "chapter_progress" ADD CONSTRAINT "chapter_progress_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quiz_answer" ADD CONSTRAINT "quiz_answer_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chapter_progress_user_visit_idx" ON "chapter_progress" USING btree ("user_id","last_visit_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "quiz_answer_user_chapter_idx" ON "quiz_answer" USING btree ("user_id","chapter");--> statement-breakpoint
CREATE INDEX "quiz_answer_user_due_idx" ON "quiz_answer" USING btree ("user_id","review_due_at");