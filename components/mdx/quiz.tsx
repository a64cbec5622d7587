"use client";

import { IntentLink } from "@/components/site/intent-link";
import { useId, useMemo, useState } from "react";
import { useHydrated } from "@/components/site/use-hydrated";
import { askTutor } from "@/components/chat/events";
import { recordQuizAnswer, useProgress } from "@/components/learning/progress-store";
import { useReaderSeed } from "@/components/learning/shuffle";
import { shuffledOrder } from "@/lib/learning/shuffle";

export type QuizProps = {
  id: string;
  question: string;
  options: string[];
  answer: number;
  explanation: string;
  /** Set on chapter pages, where answers are saved; elsewhere (print) the quiz only shows the answer. */
  chapter?: string;
  /** The heading id and title of the quiz's section, for "Explain my mistake". */
  section?: string;
  sectionTitle?: string;
};

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

export function Quiz({ id, question, options, answer, explanation, chapter, section, sectionTitle }: QuizProps) {
  const name = useId();
  const [choice, setChoice] = useState<number | null>(null);
  const correct = choice === answer;
  const { mode } = useProgress();
  const seed = useReaderSeed();
  // Without JavaScript the reader gets a <details> with the answer instead; with it, the quiz is
  // interactive once its order is known, so the options do not move under a reader's focus. Until then the
  // options are disabled: a choice made before hydration would be undone by it.
  const hydrated = useHydrated() && seed !== null;
  // Shuffled per reader and quiz, the same each visit: where the right answer sits teaches nothing.
  const order = useMemo(() => (seed ? shuffledOrder(options.length, `${seed}:${id}`) : options.map((_, index) => index)), [seed, id, options]);
  const choose = (index: number) => {
    setChoice(index);
    if (chapter) void recordQuizAnswer(id, chapter, index, index === answer);
  };
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
        {order.map((index) => {
          const option = options[index]!;
          const status = choice === index ? (correct ? "correct" : "wrong") : undefined;
          return (
            <label key={index} className="quiz-option" data-status={status}>
              <input
                type="radio"
                name={name}
                value={index}
                checked={choice === index}
                disabled={!hydrated}
                onChange={() => choose(index)}
                onKeyDown={(event) => onOptionKeyDown(event, () => choose(index))}
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
              {chapter && mode === "local" && (
                <p className="text-muted">
                  Your answers are kept in this browser.{" "}
                  <IntentLink href="/sign-up" className="text-accent underline">
                    Sign up to keep them
                  </IntentLink>
                  .
                </p>
              )}
              {correct ? (
                <p>{explanation}</p>
              ) : (
                <>
                  <div className="mt-2 flex flex-wrap gap-2">
                    <button type="button" className="btn-ghost px-3 py-1" onClick={() => setChoice(null)}>
                      Try again
                    </button>
                    {chapter && (
                      <button
                        type="button"
                        className="btn-ghost px-3 py-1"
                        onClick={() =>
                          askTutor({
                            selection: {
                              text: `Quiz: ${question}\nMy answer: ${options[choice]}\nThe right answer: ${options[answer]}\nThe book explains: ${explanation}`,
                              chapter,
                              anchor: section,
                              heading: sectionTitle,
                            },
                            question: `Explain my mistake: why is "${options[choice]}" wrong and "${options[answer]}" right?`,
                          })
                        }
                      >
                        Explain my mistake
                      </button>
                    )}
                  </div>
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
