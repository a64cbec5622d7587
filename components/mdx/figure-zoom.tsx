"use client";

import { useRef, useState } from "react";

/** A button on a diagram that shows it at the size it was drawn, in a dialog that scrolls both ways. */
export function FigureZoom({ src, alt, width }: { src: string; alt: string; width?: number }) {
  const dialog = useRef<HTMLDialogElement>(null);
  // The large copy loads only when asked for.
  const [opened, setOpened] = useState(false);
  return (
    <>
      <button
        type="button"
        className="book-figure-zoom"
        aria-haspopup="dialog"
        onClick={() => {
          setOpened(true);
          dialog.current?.showModal();
        }}
      >
        Open full size
      </button>
      <dialog
        ref={dialog}
        className="figure-dialog"
        aria-label="Diagram at full size"
        onClick={(event) => {
          if (event.target === dialog.current) dialog.current.close();
        }}
      >
        <div className="figure-dialog-bar">
          <button type="button" className="btn-ghost px-3 py-1" autoFocus onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        {/* Focusable, so the arrow keys scroll a diagram wider than the screen. */}
        <div className="figure-dialog-body" tabIndex={0}>
          {opened && (
            // The drawing at its own width, plus the frame's padding and border.
            // eslint-disable-next-line @next/next/no-img-element -- the same SVG as the figure, unscaled
            <img src={src} alt={alt} style={width ? { width: `calc(${width}px + 1.5rem + 2px)` } : undefined} />
          )}
        </div>
      </dialog>
    </>
  );
}
