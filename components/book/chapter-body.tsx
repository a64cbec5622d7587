import { MDXRemote } from "next-mdx-remote/rsc";
import { mdxComponentsIn } from "@/components/mdx";
import type { Page } from "@/lib/content";
import { mdxOptions } from "@/lib/content/mdx-options";
import { remarkRewriteLinks } from "@/lib/content/translated-links";

/**
 * A page's text. `rewriteLink` is for translations, which keep the English
 * URLs: their links are turned into the translated pages' before rendering.
 * Everything else (the plugins, the highlighter and its cache) is English's.
 */
export function ChapterBody({ page, rewriteLink }: { page: Page; rewriteLink?: (url: string) => string }) {
  const options = rewriteLink
    ? { ...mdxOptions, remarkPlugins: [...(mdxOptions.remarkPlugins ?? []), [remarkRewriteLinks, { rewrite: rewriteLink }]] }
    : mdxOptions;
  return (
    <div className="prose-book">
      <MDXRemote
        source={page.body}
        components={mdxComponentsIn(page.lang)}
        options={{
          parseFrontmatter: false,
          // Chapters are written by the course's instructors and reviewed in
          // git; their JSX props (a quiz's options={[...]}) are expressions.
          blockJS: false,
          mdxOptions: options as never,
        }}
      />
    </div>
  );
}
