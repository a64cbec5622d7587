import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { getBook } from "@/lib/content";
import { OG_IMAGE_SIZE } from "@/lib/content/urls";

// Each page's Open Graph card, drawn at build time in the site's terminal look and named by
// generateMetadata in app/learn/[...slug]/page.tsx. Not the opengraph-image file convention: Next refuses a
// metadata route below a catch-all segment ("Catch-all must be the last part of the URL"), and /learn is one.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getBook().pages.map((page) => ({ slug: page.slug.split("/") }));
}

// Satori reads TTF, not the WOFF2 the pages use: the same Geist faces from the geist package, never the network.
const font = (file: string) => readFile(path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules/geist/dist/fonts", file));

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string[] }> }) {
  const slug = (await params).slug.join("/");
  const book = getBook();
  const page = book.bySlug.get(slug);
  if (!page) return new Response("No such chapter.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const bookModule = book.modules.find((m) => m.slug === page.module);
  const [regular, bold, mono] = await Promise.all([
    font("geist-sans/Geist-Regular.ttf"),
    font("geist-sans/Geist-Bold.ttf"),
    font("geist-mono/GeistMono-Regular.ttf"),
  ]);
  const title = page.frontmatter.title;
  return new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          padding: "64px 72px",
          background: "#070b08",
          color: "#d7f5df",
          borderLeft: "16px solid #22c55e",
          fontFamily: "Geist",
        }}
      >
        <div style={{ display: "flex", fontFamily: "Geist Mono", fontSize: 28, color: "#3ee07a" }}>
          {">_ Physical AI & Humanoid Robotics"}
        </div>
        <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
          {bookModule && (
            <div style={{ display: "flex", fontFamily: "Geist Mono", fontSize: 26, color: "#8fb59a", textTransform: "uppercase", letterSpacing: 2 }}>
              {bookModule.title}
            </div>
          )}
          <div style={{ display: "flex", fontSize: title.length > 48 ? 60 : 72, fontWeight: 700, lineHeight: 1.1, letterSpacing: -1 }}>{title}</div>
          <div style={{ display: "flex", fontSize: 30, fontWeight: 400, color: "#8fb59a", lineHeight: 1.35, maxHeight: 125, overflow: "hidden" }}>
            {page.frontmatter.description}
          </div>
        </div>
        <div style={{ display: "flex", fontFamily: "Geist Mono", fontSize: 24, color: "#8fb59a" }}>
          {`$ open ${page.href}`}
        </div>
      </div>
    ),
    {
      ...OG_IMAGE_SIZE,
      fonts: [
        { name: "Geist", data: regular, weight: 400, style: "normal" },
        { name: "Geist", data: bold, weight: 700, style: "normal" },
        { name: "Geist Mono", data: mono, weight: 400, style: "normal" },
      ],
    },
  );
}
