import type { Link, Root } from "mdast";
import { visit } from "unist-util-visit";
import type { Book, Page } from "./book";
import { attributeValue, type JsxElement } from "./check";
import { mapSection } from "./map-section";
import { BOOK_PATH, pageHref, slugOfPath, type Translation } from "./urls";

const anchorsOf = (page: Page) => page.headings.map((heading) => heading.id);

/**
 * Where a link of a translated page leads: translations keep the English URLs
 * (content:check compares them), and the reader of the translation goes to the
 * translated page and the same section there, found by position. A page with no
 * translation keeps its English URL.
 */
export function translatedUrl(url: string, page: Page, english: Book, translated: Book, lang: Translation): string {
  const [pathPart = "", anchor = ""] = url.split("#");
  if (pathPart !== "" && !pathPart.startsWith(`${BOOK_PATH}/`)) return url;
  const slug = pathPart === "" ? page.slug : slugOfPath(pathPart);
  const source = slug ? english.bySlug.get(slug) : undefined;
  const target = slug ? translated.bySlug.get(slug) : undefined;
  if (!source || !target) return url;
  const section = anchor ? mapSection(anchorsOf(source), anchorsOf(target), anchor) : "";
  const base = pathPart === "" ? "" : pageHref(target.slug, lang);
  return section ? `${base}#${section}` : base || url;
}

/** A remark plugin: every link of the tree through `rewrite` (Markdown links and <a href>). */
export function remarkRewriteLinks(options: { rewrite: (url: string) => string }) {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === "link") {
        (node as Link).url = options.rewrite((node as Link).url);
      } else if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && (node as JsxElement).name === "a") {
        const element = node as JsxElement;
        const { value } = attributeValue(element, "href");
        const attribute = element.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === "href");
        if (typeof value === "string" && attribute) attribute.value = options.rewrite(value);
      }
    });
  };
}
