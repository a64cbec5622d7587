// `npm run translate -- <chapter>` (e.g. ros2/tf2-and-rviz, or a module's slug for its overview):
// drafts the chapter's Urdu translation, or an update of it, with the configured model
// (OPENAI_API_KEY, or OPENAI_BASE_URL for an OpenAI-compatible server; OPENAI_MODEL). The code and
// maths are sent as markers and put back from the English; the draft is written to content/ur/ only
// when every marker came back once, in order, and its structure matches the English page's
// (content:check's rule). A person reviews it (`git diff content/ur`) before committing.
import fs from "node:fs";
import path from "node:path";
import { streamText } from "ai";
import { translationSystemPrompt } from "../lib/ai/prompts";
import { translationModel } from "../lib/ai/providers";
import { contentDir } from "../lib/content/book";
import { loadValidBook } from "../lib/content/load";
import { finishDraft, protect, restore, TranslationRejected } from "../lib/content/translate";
import { parseEnv } from "../lib/env";

const LANG = "ur";

async function main() {
  const slug = process.argv[2]?.replace(/^\/?(learn\/)?/, "").replace(/\.mdx$/, "");
  if (!slug) {
    console.error("Usage: npm run translate -- <module>/<chapter>   (e.g. ros2/tf2-and-rviz; a module's slug for its overview)");
    process.exit(2);
  }
  const model = translationModel(parseEnv());
  if (!model) {
    console.error("No model is configured: set OPENAI_API_KEY, or OPENAI_BASE_URL for an OpenAI-compatible server (and OPENAI_MODEL).");
    process.exit(2);
  }
  const book = loadValidBook();
  const page = book.bySlug.get(slug);
  if (!page) {
    console.error(`No page "${slug}" in the book; pages are named like ros2/tf2-and-rviz.`);
    process.exit(2);
  }
  const dir = contentDir();
  const englishSource = fs.readFileSync(path.resolve(page.file), "utf8");
  const target = path.join(dir, LANG, page.module, `${page.kind === "overview" ? "index" : slug.split("/")[1]}.mdx`);
  const previous = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : null;
  const termsFile = path.join(dir, LANG, "TERMS.md");
  const terms = fs.existsSync(termsFile) ? fs.readFileSync(termsFile, "utf8") : "(none yet)";

  const { text: chapter, pieces } = protect(englishSource, page.tree);
  console.log(`Translating ${page.file} (${pieces.length} code and maths pieces protected) …`);
  const result = streamText({
    model,
    system: translationSystemPrompt({ terms, previous: previous && protect(previous).text }),
    prompt: chapter,
    temperature: 0.2,
  });
  const answer = (await result.text).replace(/^```(?:mdx)?\n([\s\S]*)\n```\s*$/, "$1");
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, finishDraft(englishSource, restore(answer, pieces)));
  } catch (error) {
    if (!(error instanceof TranslationRejected)) throw error;
    const kept = path.join(".generated", "translate", `${slug}.mdx`);
    fs.mkdirSync(path.dirname(kept), { recursive: true });
    fs.writeFileSync(kept, answer);
    console.error(`${error.message}\nThe model's answer is in ${kept}; ${path.relative(process.cwd(), target)} is unchanged.`);
    process.exit(1);
  }
  console.log(`Wrote ${path.relative(process.cwd(), target)}: review it (git diff), then commit.`);
}

await main();
