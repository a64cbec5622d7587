"use client";

import { useEffect } from "react";
import { matchesBackground, type BackgroundHas, type BackgroundLevel } from "@/lib/background/match";
import { BACKGROUND_CHANGED_EVENT, loadBackground } from "@/components/site/background-store";
import { useChapterBodyVersion } from "./chapter-body-version";

/** Opens the <ForBackground> blocks that match the signed-in reader's answers and hides the rest, again when the chapter's text is swapped. */
export function BackgroundBlocks() {
  const body = useChapterBodyVersion();
  useEffect(() => {
    const apply = () =>
      loadBackground()
        .then((loaded) => {
          const background = loaded.status === "ok" ? loaded.background : null;
          for (const block of document.querySelectorAll<HTMLDetailsElement>("[data-for-background]")) {
            if (!background) {
              block.hidden = false;
              block.removeAttribute("data-match");
              continue;
            }
            const [kind, value] = block.dataset.forBackground!.split(":") as ["has" | "level", string];
            const match = matchesBackground(background, kind === "has" ? { has: value as BackgroundHas } : { level: value as BackgroundLevel });
            block.hidden = !match;
            block.open = match;
            block.toggleAttribute("data-match", match);
          }
        })
        .catch(() => {});
    void apply();
    window.addEventListener(BACKGROUND_CHANGED_EVENT, apply);
    return () => window.removeEventListener(BACKGROUND_CHANGED_EVENT, apply);
  }, [body]);
  return null;
}
