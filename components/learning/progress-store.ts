"use client";

import { useEffect, useSyncExternalStore } from "react";
import { useSession } from "@/lib/session-client";
import type { ChapterStatus, ProgressSummary } from "@/lib/learning/summary";

/** What the browser knows of one chapter: the server's record for a reader with a session, its own otherwise. */
export type ChapterMark = Omit<ChapterStatus, "chapter" | "quizzes">;

type LocalAnswer = { chapter: string; firstChoice: number; firstCorrect: boolean; latestChoice: number; latestCorrect: boolean };
type LocalData = { chapters: Record<string, ChapterMark>; answers: Record<string, LocalAnswer> };

export type ProgressState = {
  mode: "loading" | "server" | "local";
  chapters: Record<string, ChapterMark>;
  answers: Record<string, LocalAnswer>;
  /** Review items due (a reader with a session only). */
  due: number;
};

const STORAGE_KEY = "learning:progress";
const EMPTY: ProgressState = { mode: "loading", chapters: {}, answers: {}, due: 0 };

let state: ProgressState = EMPTY;
let loadedFor: string | null | undefined;
const listeners = new Set<() => void>();

function publish(next: ProgressState) {
  state = next;
  for (const listener of listeners) listener();
}

function readLocal(): LocalData {
  try {
    const parsed = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "null") as LocalData | null;
    return parsed && typeof parsed === "object" ? { chapters: parsed.chapters ?? {}, answers: parsed.answers ?? {} } : { chapters: {}, answers: {} };
  } catch {
    return { chapters: {}, answers: {} };
  }
}

function writeLocal(data: LocalData) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(data));
  } catch {
    // Storage full or refused (private mode): progress lasts for this page only.
  }
}

const postJson = (url: string, body: unknown) =>
  fetch(url, { method: "POST", credentials: "same-origin", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

/**
 * What a reader did before they had a session goes to the server once they have one (signed up or
 * signed in), then leaves the browser. The server decides again whether each answer was right.
 */
async function uploadLocal(local: LocalData): Promise<void> {
  for (const [chapter, mark] of Object.entries(local.chapters)) {
    await postJson("/api/progress", { chapter, section: mark.furthestSection, read: mark.read });
  }
  for (const [quizId, answer] of Object.entries(local.answers)) {
    await postJson("/api/quizzes/answer", { quizId, choice: answer.firstChoice });
    if (answer.latestChoice !== answer.firstChoice) await postJson("/api/quizzes/answer", { quizId, choice: answer.latestChoice });
  }
  localStorage.removeItem(STORAGE_KEY);
}

async function load(userId: string | null) {
  if (!userId) {
    const local = readLocal();
    publish({ mode: "local", ...local, due: 0 });
    return;
  }
  const local = readLocal();
  if (Object.keys(local.chapters).length + Object.keys(local.answers).length > 0) await uploadLocal(local).catch(() => {});
  const response = await fetch("/api/progress", { credentials: "same-origin" });
  if (!response.ok) {
    publish({ mode: "local", ...readLocal(), due: 0 });
    return;
  }
  const summary = (await response.json()) as ProgressSummary;
  publish({ mode: "server", chapters: summary.chapters, answers: {}, due: summary.due });
}

function ensureLoaded(userId: string | null) {
  if (loadedFor === userId) return;
  loadedFor = userId;
  publish(EMPTY);
  load(userId).catch(() => publish({ mode: "local", ...readLocal(), due: 0 }));
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The reader's progress, loaded once per session and shared by every component on the page. */
export function useProgress(): ProgressState & { userId: string | null } {
  const { data: session, isPending } = useSession();
  const userId = session?.user.id ?? null;
  useEffect(() => {
    if (!isPending) ensureLoaded(userId);
  }, [isPending, userId]);
  return { ...useSyncExternalStore(subscribe, () => state, () => EMPTY), userId };
}

const blankMark = (): ChapterMark => ({ read: false, furthestSection: null, sectionIndex: 0, lastVisitAt: null, answered: 0, rightFirstTime: 0 });

/** Records reaching a section (or the end) of a chapter; only further than before counts. */
export function recordVisit(chapter: string, section: string | null, sectionIndex: number, read: boolean) {
  const previous = state.chapters[chapter] ?? blankMark();
  const further = sectionIndex > previous.sectionIndex;
  const mark: ChapterMark = {
    ...previous,
    read: previous.read || read,
    furthestSection: further ? section : previous.furthestSection,
    sectionIndex: Math.max(sectionIndex, previous.sectionIndex),
    lastVisitAt: new Date().toISOString(),
  };
  const next = { ...state, chapters: { ...state.chapters, [chapter]: mark } };
  publish(next);
  if (state.mode === "server") {
    void postJson("/api/progress", { chapter, section: further ? section : null, read }).catch(() => {});
  } else if (state.mode === "local") {
    writeLocal({ chapters: next.chapters, answers: next.answers });
  }
}

/** Records a quiz answer: on the server when the reader has a session, in this browser otherwise. */
export async function recordQuizAnswer(quizId: string, chapter: string, choice: number, correctHere: boolean): Promise<boolean> {
  const mark = state.chapters[chapter] ?? blankMark();
  if (state.mode === "server") {
    const response = await postJson("/api/quizzes/answer", { quizId, choice });
    if (!response.ok) return correctHere;
    const body = (await response.json()) as { correct: boolean; firstCorrect: boolean; attempts: number };
    // A miss puts the item in review, due at once; a right answer leaves the schedule alone.
    const due = body.correct ? state.due : state.due + 1;
    if (body.attempts === 1) {
      publish({
        ...state,
        due,
        chapters: { ...state.chapters, [chapter]: { ...mark, answered: mark.answered + 1, rightFirstTime: mark.rightFirstTime + (body.firstCorrect ? 1 : 0) } },
      });
    }
    else if (due !== state.due) publish({ ...state, due });
    return body.correct;
  }
  const earlier = state.answers[quizId];
  const answer: LocalAnswer = earlier
    ? { ...earlier, latestChoice: choice, latestCorrect: correctHere }
    : { chapter, firstChoice: choice, firstCorrect: correctHere, latestChoice: choice, latestCorrect: correctHere };
  const chapters = earlier
    ? state.chapters
    : { ...state.chapters, [chapter]: { ...mark, answered: mark.answered + 1, rightFirstTime: mark.rightFirstTime + (correctHere ? 1 : 0) } };
  const next = { ...state, chapters, answers: { ...state.answers, [quizId]: answer } };
  publish(next);
  if (state.mode === "local") writeLocal({ chapters: next.chapters, answers: next.answers });
  return correctHere;
}
