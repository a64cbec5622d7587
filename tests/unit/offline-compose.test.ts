import { describe, expect, it } from "vitest";
import { loadBook } from "@/lib/content/book";
import { citationOrder } from "@/lib/ai/citations";
import { composeAnswer } from "@/lib/ai/offline/compose";
import { analyseQuestion } from "@/lib/ai/question";
import { learnerOf, type Learner } from "@/lib/ai/learner";
import { buildLocalIndex } from "@/lib/rag/build-local";

const book = loadBook();
const { retriever, lexicon } = buildLocalIndex(book);

/** The offline tutor's answer to a conversation's questions, each asked after the ones before it, as the chat route asks them. */
async function answer(...questions: string[]): Promise<string> {
  return answerFor(null, ...questions);
}

async function answerFor(learner: Learner | null, ...questions: string[]): Promise<string> {
  let text = "";
  let cited: string[] = [];
  let citedFirst: string | null = null;
  for (const [index, question] of questions.entries()) {
    const analysis = analyseQuestion(question, questions.slice(0, index).reverse(), lexicon, citedFirst);
    const found = await retriever.search(analysis.searchText, { k: 5, wholeSections: true, followsSections: analysis.followUp ? cited : [] });
    const passages = found.map(({ chapter, title, heading, href, text: body, context }, n) => ({ n: n + 1, chapter, title, heading: heading || title, href, text: body, context }));
    text = composeAnswer({ question, analysis, passages, mode: "book", background: null, weight: lexicon.weight, learner });
    cited = citationOrder(text).map((n) => found[n - 1]!.id);
    citedFirst = passages[citationOrder(text)[0]! - 1]?.heading ?? null;
  }
  return text;
}

describe("the offline tutor's composition", () => {
  it("reads \"A or B: what's different?\" as a comparison and shows each tab it names, labelled", async () => {
    expect(analyseQuestion("Jazzy or Humble: what's actually different for this course?", [], lexicon).intent).toBe("comparison");
    const text = await answer("Jazzy or Humble: what's actually different for this course?");
    expect(text).toContain("**Jazzy (Ubuntu 24.04):** Jazzy is supported until 2029");
    expect(text).toContain("**Humble (Ubuntu 22.04):** Humble is supported until May 2027");
  });

  it("explains each side of a comparison by the sentence that introduces it", async () => {
    const text = await answer("What's the difference between impedance control and admittance control?");
    expect(text).toContain("**Admittance control** simulates a virtual mass-spring-damper driven by the measured force");
  });

  it("answers a follow-up from a section about what the previous question asked", async () => {
    const text = await answer("What does NITROS do in Isaac ROS?", "why does it only help when the nodes share one container?");
    expect(text).toContain("Type adaptation only avoids copies when both nodes live in the **same process**");
  });

  it("reads a section with its part's introduction, and stays on it for \"show me the code\"", async () => {
    const question = "How do I describe where a camera is mounted on the robot's head in tf2?";
    expect(await answer(question)).toContain("`/tf_static` carries **static** transforms that never change");
    // "What a transform is" says more about cameras and heads, but the thread is the mount.
    const code = await answer(question, "show me the code for that");
    expect(code).toMatch(/static_transform_publisher|StaticTransformBroadcaster/);
    expect(code).not.toContain("def rpy_to_matrix");
  });

  it("does not spend a simpler answer's few sentences on saying the definition twice", async () => {
    const text = await answer("What is the zero moment point?", "make that simpler");
    expect(text).toContain("The point on the ground where the net moment of gravity and inertial forces has no horizontal component.");
    expect(text).not.toContain("introduced by Vukobratović");
    expect(text).toContain("support polygon");
  });

  it("tells a reader who has begun the book when the answer quotes a chapter they have not read, and only then", async () => {
    const question = "How do I describe where a camera is mounted on the robot's head in tf2?";
    const fresh = learnerOf(book, [{ chapter: "ros2/architecture-dds-qos", readAt: new Date() }], []);
    expect(await answerFor(fresh, question)).toContain("You have not read [Coordinate Frames with tf2");
    const done = learnerOf(book, [{ chapter: "ros2/tf2-and-rviz", readAt: new Date() }], []);
    expect(await answerFor(done, question)).not.toContain("You have not read");
    expect(await answer(question)).not.toContain("You have not read");
    expect(await answerFor(learnerOf(book, [], []), question)).not.toContain("You have not read");
  });

  it("reads what a question rules out, and picks the tab that is least about it", async () => {
    expect(analyseQuestion("and if the robot has no GPU at all?", [], lexicon).negated).toEqual(["gpu"]);
    expect(analyseQuestion("What if I don't have an RTX card?", [], lexicon).negated).toEqual(["rtx"]);
    const text = await answer("Which Whisper model is a good default on a Jetson Orin?", "and if the robot has no GPU at all?");
    // The whisper.cpp tab ("runs well on CPUs"), not faster-whisper's CUDA set-up.
    expect(text).toContain("`whisper.cpp` is a dependency-free C/C++ port");
  });
});
