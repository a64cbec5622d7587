// The book's addresses: which slugs exist, where a page or a section lives,
// and how a section's heading path reads. Shared by the server (loader, search
// index, retrieval) and the browser (tutor panel), so nothing here touches Node.

/** One path segment: lowercase words joined by hyphens ("tf2-and-rviz"). */
export const SLUG_SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A page's slug: "ros2" for a module overview, "ros2/tf2-and-rviz" for a chapter. */
export const PAGE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?$/;

export const PAGE_SLUG_HINT = "must be a chapter slug such as ros2/tf2-and-rviz";

/** Where every page of the book lives. */
export const BOOK_PATH = "/learn";

/** The book's languages: English, the source, and the translations under content/<lang>/. */
export const LANGS = ["en", "ur"] as const;
export type Lang = (typeof LANGS)[number];
export type Translation = Exclude<Lang, "en">;

/** Where the book lives in a language: /learn, /ur/learn. */
export const bookPathIn = (lang: Lang) => (lang === "en" ? BOOK_PATH : `/${lang}${BOOK_PATH}`);

export const pageHref = (slug: string, lang: Lang = "en") => `${bookPathIn(lang)}/${slug}`;

/** Where the site serves the capstone starter kit (content/capstone/starter-kit/) as one zip. */
export const STARTER_KIT_ZIP = "/downloads/capstone-starter-kit.zip";

/**
 * Where `npm run pdf` writes a page's PDF under public/ and the site serves it: /pdf/ros2/tf2-and-rviz.pdf.
 * scripts/pdf.mjs follows the same layout.
 */
export const pagePdfHref = (slug: string) => `/pdf/${slug}.pdf`;
export const BOOK_PDF = "/pdf/book.pdf";
/** The whole book on one page, for printing: what the book's PDF is made from. */
export const BOOK_PRINT_PATH = "/print/book";

/** A page's Open Graph card (app/og/[...slug]/route.tsx): /og/ros2/tf2-and-rviz. */
export const pageOgImageHref = (slug: string) => `/og/${slug}`;
export const OG_IMAGE_SIZE = { width: 1200, height: 630 };

/** A section's URL: the page, with the heading's anchor when there is one. */
export const sectionHref = (href: string, anchor: string) => (anchor ? `${href}#${anchor}` : href);

/** The page slug of a /learn/<module>[/<chapter>] path (or /ur/learn/…), or undefined for any other path. */
export function slugOfPath(pathname: string): string | undefined {
  const base = LANGS.map(bookPathIn).find((path) => path !== BOOK_PATH && pathname.startsWith(`${path}/`)) ?? BOOK_PATH;
  if (!pathname.startsWith(`${base}/`)) return undefined;
  const slug = pathname.slice(base.length + 1).replace(/\/$/, "");
  return PAGE_SLUG.test(slug) ? slug : undefined;
}

/** The language of a path of the site: /ur and everything under it is Urdu. */
export const langOfPath = (pathname: string): Lang =>
  LANGS.find((lang) => lang !== "en" && (pathname === `/${lang}` || pathname.startsWith(`/${lang}/`))) ?? "en";

const HEADING_SEPARATOR = " › ";

/** A section's heading path as readers see it: "Quality of Service › Durability". */
export const headingLabel = (headingPath: readonly string[]) => headingPath.join(HEADING_SEPARATOR);

/** The innermost heading of a label made by headingLabel. */
export const innermostHeading = (label: string) => label.split(HEADING_SEPARATOR).at(-1) ?? label;
