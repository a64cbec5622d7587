// The personalise route's stream, one JSON object a line. Shared by the route and the page, so nothing here touches Node.

/** How the streamed preview shows a kept piece: its Markdown, or null for a component it cannot render (a quiz, a figure). */
export type PieceView = string | null;

export type PersonaliseEvent =
  /** The parts to come, with how the preview shows each kept piece. */
  | { type: "start"; parts: { views: PieceView[] }[] }
  /** More of the model's rewrite of a part, with markers for the kept pieces. */
  | { type: "delta"; part: number; text: string }
  /** A part is finished; one that failed the checks is the book's own text, sent again in `text`. */
  | { type: "part"; part: number; kept: true }
  | { type: "part"; part: number; kept: false; text: string }
  /** Every part is finished and the chapter is cached; `originalParts` of them are the book's. */
  | { type: "done"; originalParts: number }
  /** The model failed: nothing was kept, and the page stays as the book has it. */
  | { type: "error"; message: string };

/** What the route answers without a stream: the view needs no model (offline), or the rewrite is already cached. */
export type PersonaliseAnswer = { mode: "offline"; conditions: string[] } | { mode: "cached"; originalParts: number };
