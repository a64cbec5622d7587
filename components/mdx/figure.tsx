export function Figure({ src, alt, caption }: { src: string; alt: string; caption?: string }) {
  return (
    <figure className="book-figure">
      {/* eslint-disable-next-line @next/next/no-img-element -- diagrams are SVGs served as they are */}
      <img src={src} alt={alt} loading="lazy" decoding="async" />
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
