"use client";

import { useCallback, useState } from "react";

export type QuizAnswer = { choice: number; correct: boolean } | null;

/**
 * The one place a quiz's state lives. Saving signed-in learners' answers
 * (a later issue) plugs in here without touching the component.
 */
export function useQuizAnswer(_quizId: string, answer: number) {
  const [state, setState] = useState<QuizAnswer>(null);
  const choose = useCallback((choice: number) => setState({ choice, correct: choice === answer }), [answer]);
  const reset = useCallback(() => setState(null), []);
  return { state, choose, reset };
}
