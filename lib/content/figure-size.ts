import "server-only";
import fs from "node:fs";
import path from "node:path";

export type FigureSize = { width: number; height: number };

const sizes = new Map<string, FigureSize | null>();

/**
 * The size a diagram is drawn at (its SVG viewBox), read once per file: the chapter gives it to <img> so the page
 * does not shift as diagrams load, and the full-size view shows the labels at the size they were drawn.
 */
export function figureSize(src: string): FigureSize | null {
  if (!sizes.has(src)) sizes.set(src, readSize(src));
  return sizes.get(src)!;
}

function readSize(src: string): FigureSize | null {
  if (!src.startsWith("/") || !src.endsWith(".svg")) return null;
  try {
    const svg = fs.readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), "public", path.normalize(src)), "utf8");
    const viewBox = /<svg\b[^>]*\bviewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
    return viewBox ? { width: Number(viewBox[1]), height: Number(viewBox[2]) } : null;
  } catch {
    return null;
  }
}
