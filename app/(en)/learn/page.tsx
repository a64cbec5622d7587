import type { Metadata } from "next";
import { BookContents } from "@/components/book/book-contents";
import { getBook } from "@/lib/content";

export const metadata: Metadata = { title: "The book", alternates: { languages: { en: "/learn", ur: "/ur/learn" } } };

export default function BookIndexPage() {
  return <BookContents book={getBook()} lang="en" />;
}
