import type { Metadata } from "next";
import { IntentLink } from "@/components/site/intent-link";
import { ReviewCard, type ReviewItem } from "@/components/learning/review-card";
import { getDb } from "@/db";
import { listDueReviews } from "@/db/queries/review";
import { getLiveSession } from "@/lib/auth";
import { getBook } from "@/lib/content";
import { quizIndex } from "@/lib/content/quizzes";
import { sectionHref } from "@/lib/content/urls";
import { shuffledOrder } from "@/lib/learning/shuffle";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  const session = await getLiveSession();
  const book = getBook();
  const quizzes = quizIndex(book);
  const due = session ? await listDueReviews(await getDb(), session.user.id, new Date()) : [];
  const items: ReviewItem[] = due.flatMap(({ quizId }) => {
    const quiz = quizzes.get(quizId);
    const page = quiz && book.bySlug.get(quiz.chapter);
    if (!quiz || !page) return [];
    const heading = page.headings.find((h) => h.id === quiz.section);
    return [
      {
        quizId,
        question: quiz.question,
        options: quiz.options,
        order: shuffledOrder(quiz.options.length, `${session!.user.id}:${quizId}`),
        sectionHref: sectionHref(page.href, quiz.section),
        sectionTitle: heading ? `${page.frontmatter.title} › ${heading.text}` : page.frontmatter.title,
      },
    ];
  });
  return (
    <div className="mx-auto w-full max-w-3xl space-y-6 px-4 py-10">
      <h1 className="font-mono text-2xl font-semibold">Review</h1>
      <p className="text-muted">
        Quiz items you missed come back here: answer one right and it returns after a longer wait (1, 3, 7, then 16 days);
        miss it and it starts again.
      </p>
      {!session ? (
        <p className="card">
          <IntentLink href="/sign-in?next=/review" className="text-accent underline">
            Sign in
          </IntentLink>{" "}
          or{" "}
          <IntentLink href="/sign-up?next=/review" className="text-accent underline">
            create a free account
          </IntentLink>{" "}
          to review the quiz items you missed.
        </p>
      ) : items.length === 0 ? (
        <p className="card" data-testid="review-empty">
          Nothing to review right now. Items you miss in a chapter&apos;s quizzes appear here.
        </p>
      ) : (
        <ol className="space-y-6">
          {items.map((item) => (
            <li key={item.quizId}>
              <ReviewCard item={item} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
