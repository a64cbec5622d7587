import type { Metadata } from "next";
import { BookContents } from "@/components/book/book-contents";
import { getTranslatedBook } from "@/lib/content";
import { UI } from "@/lib/i18n";

export const metadata: Metadata = { title: UI.ur.theBook, alternates: { canonical: "/ur/learn", languages: { en: "/learn", ur: "/ur/learn" } } };

export default function UrduBookIndexPage() {
  return <BookContents book={getTranslatedBook("ur")} lang="ur" />;
}
