"use client";

import { useId, useSyncExternalStore } from "react";
import { useQuizAnswer } from "./quiz-state";

type QuizProps = { id: string; question: string; options: string[]; answer: number; explanation: string };

const subscribeNever = () => () => {};

export function Quiz({ id, question, options, answer, explanation }: QuizProps) {
  const name = useId();
  const { state, choose, reset } = useQuizAnswer(id, answer);
  // Without JavaScript the reader gets a <details> with the answer instead.
  const hydrated = useSyncExternalStore(subscribeNever, () => true, () => false);
  return (
    <fieldset className="quiz" data-quiz-id={id}>
      <legend className="quiz-question">
        <span className="font-mono text-accent">Quiz</span> {question}
      </legend>
      <div className="quiz-options">
        {options.map((option, index) => {
          const status = state?.choice === index ? (state.correct ? "correct" : "wrong") : undefined;
          return (
            <label key={index} className="quiz-option" data-status={status}>
              <input
                type="radio"
                name={name}
                value={index}
                checked={state?.choice === index}
                onChange={() => choose(index)}
              />
              <span>{option}</span>
            </label>
          );
        })}
      </div>
      {hydrated ? (
        <div aria-live="polite">
          {state && (
            <div className="quiz-feedback" data-correct={state.correct}>
              <p className="font-semibold">{state.correct ? "Correct!" : "Not quite."}</p>
              {state.correct ? (
                <p>{explanation}</p>
              ) : (
                <>
                  <button type="button" className="btn-ghost mt-2 px-3 py-1" onClick={reset}>
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
