import Link from "next/link";
import { ReviewLink } from "@/components/learning/review-link";
import { SearchButton } from "@/components/search/search-button";
import { ThemeToggle } from "./theme-toggle";
import { UserMenu } from "./user-menu";

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 border-b border-border bg-bg/90 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-4 px-4">
        <Link href="/" className="whitespace-nowrap font-mono text-sm font-semibold text-accent">
          <span aria-hidden="true">&gt;_ </span>Physical AI<span className="hidden sm:inline"> &amp; Humanoid Robotics</span>
        </Link>
        <nav aria-label="Main" className="flex items-center gap-2 text-sm sm:gap-3">
          <Link href="/learn" className="whitespace-nowrap text-fg hover:text-accent">
            <span className="sm:hidden">Book</span>
            <span className="hidden sm:inline">Read the book</span>
          </Link>
          <ReviewLink />
          <SearchButton />
          <ThemeToggle />
          <UserMenu />
        </nav>
      </div>
    </header>
  );
}
