import { MDXRemote } from "next-mdx-remote/rsc";
import { mdxComponents } from "@/components/mdx";
import { Quiz, type QuizProps } from "@/components/mdx/quiz";
import type { Page } from "@/lib/content";
import { mdxOptions } from "@/lib/content/mdx-options";
import { quizzesOf } from "@/lib/content/quizzes";

export function ChapterBody({ page, saveAnswers = false }: { page: Page; saveAnswers?: boolean }) {
  // Quizzes on a chapter page save their answers under the chapter; a printed copy's do not.
  const sections = new Map(quizzesOf(page).map((quiz) => [quiz.id, quiz.section]));
  const headingOf = (anchor: string) => page.headings.find((heading) => heading.id === anchor)?.text;
  const components = saveAnswers
    ? {
        ...mdxComponents,
        Quiz: (props: QuizProps) => {
          const section = sections.get(props.id) ?? "";
          return <Quiz {...props} chapter={page.slug} section={section} sectionTitle={headingOf(section)} />;
        },
      }
    : mdxComponents;
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
          mdxOptions: mdxOptions as never,
        }}
      />
    </div>
  );
}
