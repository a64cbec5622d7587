"use client";

import { useEffect } from "react";

/** Marks the table-of-contents link of the section being read. */
export function TocSpy() {
  useEffect(() => {
    const links = new Map(
      [...document.querySelectorAll<HTMLAnchorElement>("[data-toc-id]")].map((link) => [link.dataset.tocId!, link]),
    );
    const headings = [...links.keys()].map((id) => document.getElementById(id)).filter((el) => el !== null);
    const visible = new Set<string>();
    const mark = () => {
      const active = headings.find((heading) => visible.has(heading.id)) ?? null;
      for (const [id, link] of links) {
        if (active && id === active.id) link.setAttribute("aria-current", "location");
        else link.removeAttribute("aria-current");
      }
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) visible.add(entry.target.id);
          else visible.delete(entry.target.id);
        }
        mark();
      },
      { rootMargin: "-64px 0px -60% 0px" },
    );
    headings.forEach((heading) => observer.observe(heading));
    return () => observer.disconnect();
  }, []);
  return null;
}
