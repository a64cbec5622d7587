import type { Code, Root } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";

/** The program a `<PythonCell>` wraps: its one ```python block, which must have a file title. */
export function cellProgram(element: MdxJsxFlowElement): { code: Code; file: string } | null {
  const blocks = element.children.filter((child): child is Code => child.type === "code");
  const code = blocks.length === 1 && blocks[0]!.lang === "python" ? blocks[0]! : null;
  const file = /title="([^"\s]+\.py)"/.exec(code?.meta ?? "")?.[1];
  return code && file && element.children.length === 1 ? { code, file } : null;
}

/**
 * Hands each <PythonCell> the text and file name of the block it wraps, so the
 * cell can run the program while the block itself is highlighted and rendered
 * like every other (and stays the one source `content:test-code` runs).
 */
export function remarkPythonCells() {
  return (tree: Root) => {
    visit(tree, "mdxJsxFlowElement", (element: MdxJsxFlowElement) => {
      if (element.name !== "PythonCell") return;
      const program = cellProgram(element);
      if (!program) return;
      element.attributes.push(
        { type: "mdxJsxAttribute", name: "source", value: program.code.value.endsWith("\n") ? program.code.value : `${program.code.value}\n` },
        { type: "mdxJsxAttribute", name: "file", value: program.file },
      );
    });
  };
}
