import katex from "katex";
import "katex/dist/katex.min.css";

/** Typesets TeX as HTML plus MathML for screen readers; a mistake in the TeX shows in red instead of throwing. */
export function renderTex(tex: string, display: boolean): string {
  return katex.renderToString(tex, { displayMode: display, throwOnError: false, strict: false, output: "htmlAndMathml" });
}
