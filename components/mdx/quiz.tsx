"use client";

import { useId, useState, useSyncExternalStore } from "react";

type QuizProps = { id: string; question: string; options: string[]; answer: number; explanation: string };

const subscribeNever = () => () => {};

export function Quiz({ id, question, options, answer, explanation }: QuizProps) {
  const name = useId();
  const [choice, setChoice] = useState<number | null>(null);
  const correct = choice === answer;
  // Without JavaScript the reader gets a <details> with the answer instead.
  const hydrated = useSyncExternalStore(subscribeNever, () => true, () => false);
  return (
    <fieldset className="quiz" data-quiz-id={id}>
      <legend className="quiz-question">
        <span className="font-mono text-accent">Quiz</span> {question}
      </legend>
      <div className="quiz-options">
        {options.map((option, index) => {
          const status = choice === index ? (correct ? "correct" : "wrong") : undefined;
          return (
            <label key={index} className="quiz-option" data-status={status}>
              <input
                type="radio"
                name={name}
                value={index}
                checked={choice === index}
                onChange={() => setChoice(index)}
              />
              <span>{option}</span>
            </label>
          );
        })}
      </div>
      {hydrated ? (
        <div aria-live="polite">
          {choice !== null && (
            <div className="quiz-feedback" data-correct={correct}>
              <p className="font-semibold">{correct ? "Correct!" : "Not quite."}</p>
              {correct ? (
                <p>{explanation}</p>
              ) : (
                <>
                  <button type="button" className="btn-ghost mt-2 px-3 py-1" onClick={() => setChoice(null)}>
                    Try again
                  </button>
                  <AnswerReveal answer={options[answer]!} explanation={explanation} />
                </>
              )}
            </div>
          )}
        </div>
      ) : (
        <AnswerReveal answer={options[answer]!} explanation={explanation} />
      )}
    </fieldset>
  );
}

function AnswerReveal({ answer, explanation }: { answer: string; explanation: string }) {
  return (
    <details className="solution">
      <summary>Show the answer</summary>
      <p>
        <strong>{answer}</strong> — {explanation}
      </p>
    </details>
  );
}
