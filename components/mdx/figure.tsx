import { figureSize } from "@/lib/content/figure-size";
import { FigureZoom } from "./figure-zoom";

export function Figure({ src, alt, caption }: { src: string; alt: string; caption?: string }) {
  const size = figureSize(src);
  return (
    <figure className="book-figure">
      <div className="book-figure-frame">
        {/* eslint-disable-next-line @next/next/no-img-element -- diagrams are SVGs served as they are */}
        <img src={src} alt={alt} width={size?.width} height={size?.height} loading="lazy" decoding="async" />
        {/* On a phone the diagram shrinks to the column and its labels with it: it opens at the size it was drawn. */}
        <FigureZoom src={src} alt={alt} width={size?.width} />
      </div>
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
