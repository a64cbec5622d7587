import type { Book } from "@/lib/content";
import { quizzesOf } from "@/lib/content/quizzes";

// The book as the progress pages list it: plain data a client component can take as props.
export type OutlinePage = { slug: string; title: string; href: string; quizzes: number };
export type OutlineModule = { slug: string; title: string; pages: OutlinePage[] };

export function bookOutline(book: Book): OutlineModule[] {
  return book.modules.map((module) => ({
    slug: module.slug,
    title: module.title,
    pages: module.pages.map((page) => ({
      slug: page.slug,
      title: page.kind === "overview" ? `${module.title}: overview` : page.frontmatter.title,
      href: page.href,
      quizzes: quizzesOf(page).length,
    })),
  }));
}
