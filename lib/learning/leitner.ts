// A Leitner schedule for missed quiz items. A missed item starts in box 0, due at once; each right
// answer in review moves it up a box, due after that box's interval; a wrong answer sends it back to
// box 0. Past the last box the item has been learnt and leaves the review.

const DAY = 24 * 60 * 60 * 1000;
/** Days until an item in each box is due again. */
export const BOX_INTERVAL_DAYS = [0, 1, 3, 7, 16] as const;

export type ReviewState = { box: number; dueAt: Date } | null;

export const missed = (now: Date): ReviewState => ({ box: 0, dueAt: now });

/** The item's next state after a review answer; null once it has been learnt. */
export function afterReview(state: ReviewState, correct: boolean, now: Date): ReviewState {
  if (!correct) return missed(now);
  const box = (state?.box ?? 0) + 1;
  if (box >= BOX_INTERVAL_DAYS.length) return null;
  return { box, dueAt: new Date(now.getTime() + BOX_INTERVAL_DAYS[box]! * DAY) };
}
