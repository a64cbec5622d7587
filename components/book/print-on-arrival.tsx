"use client";

import { useEffect } from "react";

/**
 * The printable book's screen view: a note on what the page is, and a Print button. Arriving with #print
 * (the chapter's "Download the whole book" where no PDF was built) opens the print dialog at once.
 */
export function PrintOnArrival() {
  useEffect(() => {
    if (window.location.hash !== "#print") return;
    // Wait for the web fonts, or the first pages print in fallback fonts.
    void document.fonts.ready.then(() => window.print());
  }, []);
  return (
    <div className="print-intro" data-print="hide">
      <p>Every chapter on one page, laid out for paper.</p>
      <button type="button" className="btn-primary" onClick={() => window.print()}>
        Print the book
      </button>
    </div>
  );
}
