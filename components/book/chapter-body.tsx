import { MDXRemote } from "next-mdx-remote/rsc";
import { mdxComponents } from "@/components/mdx";
import type { Page } from "@/lib/content";
import { mdxOptions } from "@/lib/content/mdx-options";

export function ChapterBody({ page }: { page: Page }) {
  return (
    <div className="prose-book">
      <MDXRemote
        source={page.body}
        components={mdxComponents}
        options={{
          parseFrontmatter: false,
          // Chapters are written by the course's instructors and reviewed in
          // git; their JSX props (a quiz's options={[...]}) are expressions.
          blockJS: false,
          mdxOptions: mdxOptions as never,
        }}
      />
    </div>
  );
}
