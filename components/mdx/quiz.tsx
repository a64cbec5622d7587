"use client";

import { useId, useState, useSyncExternalStore } from "react";

type QuizProps = { id: string; question: string; options: string[]; answer: number; explanation: string };

const subscribeNever = () => () => {};

const ARROW_STEPS: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

/**
 * Native radios answer as soon as an arrow key reaches them, so a keyboard reader could not look at the options
 * without answering: the arrows only move focus here, and Space or Enter answers.
 */
function onOptionKeyDown(event: React.KeyboardEvent<HTMLInputElement>, answer: () => void) {
  const step = ARROW_STEPS[event.key];
  if (step) {
    event.preventDefault();
    const radios = [...event.currentTarget.closest(".quiz-options")!.querySelectorAll<HTMLInputElement>("input[type=radio]")];
    const at = radios.indexOf(event.currentTarget);
    radios[(at + step + radios.length) % radios.length]!.focus();
  } else if (event.key === "Enter") {
    event.preventDefault();
    answer();
  }
}

export function Quiz({ id, question, options, answer, explanation }: QuizProps) {
  const name = useId();
  const [choice, setChoice] = useState<number | null>(null);
  const correct = choice === answer;
  // Without JavaScript the reader gets a <details> with the answer instead.
  const hydrated = useSyncExternalStore(subscribeNever, () => true, () => false);
  return (
    <fieldset className="quiz" data-quiz-id={id} aria-describedby={hydrated ? `${name}-keys` : undefined}>
      <legend className="quiz-question">
        <span className="font-mono text-accent">Quiz</span> {question}
      </legend>
      {hydrated && (
        <p id={`${name}-keys`} className="sr-only">
          Arrow keys move between the options; Space or Enter answers.
        </p>
      )}
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
                onKeyDown={(event) => onOptionKeyDown(event, () => setChoice(index))}
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
