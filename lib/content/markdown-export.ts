import type { Book, Page } from "./book";
import { blockMarkdown } from "./to-markdown";

// A chapter as a reader or a model would want it: everything, quizzes and figures included.
const EXPORT = { exercises: true, figures: true };

/** Where a page's Markdown is served: `/learn/ros2/tf2-and-rviz.md`. */
export const markdownHref = (page: Page) => `${page.href}.md`;

/** A page as clean Markdown: its title, summary, objectives, then the text with components written out and code kept. */
export function pageMarkdown(page: Page): string {
  const { title, description, objectives } = page.frontmatter;
  const body = page.tree.children.flatMap((node) => blockMarkdown(node, EXPORT));
  return [`# ${title}`, `> ${description}`, `You will be able to:\n\n${objectives.map((o) => `- ${o}`).join("\n")}`, ...body].join("\n\n") + "\n";
}

/** `/llms.txt`: the book's title, what it is, and every page as a link to its Markdown (https://llmstxt.org). */
export function llmsTxt(book: Book, origin: string): string {
  const lines = [
    "# Physical AI & Humanoid Robotics",
    "",
    "> An interactive textbook for a course on physical AI and humanoid robots: ROS 2, simulation with Gazebo and NVIDIA Isaac, humanoid control and vision-language-action models. Each link is a chapter as Markdown.",
    "",
    `The whole book in one file: ${origin}/llms-full.txt`,
  ];
  for (const part of book.modules) {
    lines.push("", `## ${part.title}`, "");
    for (const page of part.pages) lines.push(`- [${page.frontmatter.title}](${origin}${markdownHref(page)}): ${page.frontmatter.description}`);
  }
  return lines.join("\n") + "\n";
}

/** `/llms-full.txt`: every page's Markdown in reading order, each starting with where it lives. */
export function llmsFullTxt(book: Book, origin: string): string {
  return book.pages.map((page) => `<!-- ${origin}${page.href} -->\n\n${pageMarkdown(page)}`).join("\n---\n\n");
}
