import { CopyButton } from "./copy-button";

/** A highlighted code block (from rehype-pretty-code) with a copy button. */
export function CodeBlock(props: React.ComponentProps<"pre">) {
  return (
    <div className="code-block">
      <pre {...props} />
      <CopyButton />
    </div>
  );
}
