import { mdxComponentsIn } from "@/components/mdx";
import { Quiz, type QuizProps } from "@/components/mdx/quiz";
import type { Page } from "@/lib/content";
import { quizzesOf } from "@/lib/content/quizzes";
import { remarkRewriteLinks } from "@/lib/content/translated-links";

/**
 * A page's text. `rewriteLink` is for translations, which keep the English
 * URLs: their links are turned into the translated pages' before rendering.
 * Everything else (the plugins, the highlighter and its cache) is English's.
 * With `saveAnswers`, quizzes save their answers under the chapter; a printed copy's do not.
 */
export async function ChapterBody({ page, rewriteLink, saveAnswers = false }: { page: Page; rewriteLink?: (url: string) => string; saveAnswers?: boolean }) {
  // The MDX compiler, the highlighter and KaTeX load when a page is first rendered, not with the route's module: the
  // dev server loads that module in a process of its own for generateStaticParams alone, before the first chapter.
  const [{ MDXRemote }, { mdxOptions }] = await Promise.all([import("next-mdx-remote/rsc"), import("@/lib/content/mdx-options")]);
  const options = rewriteLink
    ? { ...mdxOptions, remarkPlugins: [...(mdxOptions.remarkPlugins ?? []), [remarkRewriteLinks, { rewrite: rewriteLink }]] }
    : mdxOptions;
  const base = mdxComponentsIn(page.lang);
  const sections = new Map(quizzesOf(page).map((quiz) => [quiz.id, quiz.section]));
  const headingOf = (anchor: string) => page.headings.find((heading) => heading.id === anchor)?.text;
  const components = saveAnswers
    ? {
        ...base,
        Quiz: (props: QuizProps) => {
          const section = sections.get(props.id) ?? "";
          return <Quiz {...props} chapter={page.slug} section={section} sectionTitle={headingOf(section)} />;
        },
      }
    : base;
  return (
    <div className="prose-book">
      <MDXRemote
        source={page.body}
        components={components}
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
