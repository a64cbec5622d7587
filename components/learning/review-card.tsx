"use client";

import { IntentLink } from "@/components/site/intent-link";
import { useId, useState } from "react";
import { formatDate } from "@/lib/format";

export type ReviewItem = { quizId: string; question: string; options: string[]; order: number[]; sectionHref: string; sectionTitle: string };

type Result = { correct: boolean; answer: number; explanation: string; next: { box: number; dueAt: string } | null };

/** One due item on /review: answered once, judged by the server, which moves it in the schedule. */
export function ReviewCard({ item }: { item: ReviewItem }) {
  const name = useId();
  const [choice, setChoice] = useState<number | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function answer(index: number) {
    if (result) return;
    setChoice(index);
    setError(null);
    const response = await fetch("/api/review", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ quizId: item.quizId, choice: index }),
    }).catch(() => null);
    if (!response?.ok) {
      setError("Your answer could not be saved. Try again in a moment.");
      setChoice(null);
      return;
    }
    setResult((await response.json()) as Result);
  }

  return (
    <fieldset className="quiz" data-quiz-id={item.quizId} disabled={result !== null}>
      <legend className="quiz-question">{item.question}</legend>
      <div className="quiz-options">
        {item.order.map((index) => (
          <label
            key={index}
            className="quiz-option"
            data-status={result && (index === result.answer ? "correct" : index === choice ? "wrong" : undefined)}
          >
            <input type="radio" name={name} value={index} checked={choice === index} onChange={() => void answer(index)} />
            <span>{item.options[index]}</span>
          </label>
        ))}
      </div>
      <div aria-live="polite">
        {error && <p className="mt-3 text-danger">{error}</p>}
        {result && (
          <div className="quiz-feedback" data-correct={result.correct}>
            <p className="font-semibold">{result.correct ? "Correct!" : "Not quite."}</p>
            <p>{result.explanation}</p>
            <p className="mt-1 text-muted">
              {result.next === null
                ? "Learnt: this item leaves your review."
                : result.correct
                  ? `Next review: ${formatDate(new Date(result.next.dueAt))}.`
                  : "Back to the start: it stays in today's review."}
            </p>
          </div>
        )}
      </div>
      <p className="mt-3 text-sm">
        <IntentLink href={item.sectionHref} className="text-accent underline">
          Read the section: {item.sectionTitle}
        </IntentLink>
      </p>
    </fieldset>
  );
}
