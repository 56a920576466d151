/** Markdown tree tweaks for chat answers (remark plugins). */

interface MarkdownNode {
  type: string;
  value?: string;
  children?: MarkdownNode[];
}

/**
 * Raw HTML in an answer (e.g. a task titled "<b>x</b>") is shown as the text it is,
 * not dropped and never interpreted: html nodes become text nodes.
 */
export function remarkHtmlAsText() {
  const walk = (node: MarkdownNode) => {
    if (node.type === "html") node.type = "text";
    node.children?.forEach(walk);
  };
  return (tree: MarkdownNode) => walk(tree);
}

/** A single newline in an answer is a line break, as in chat apps (not a space, as in markdown). */
export function remarkLineBreaks() {
  const walk = (node: MarkdownNode) => {
    if (!node.children) return;
    node.children = node.children.flatMap((child) => {
      if (child.type !== "text" || !child.value?.includes("\n")) {
        walk(child);
        return [child];
      }
      return child.value.split("\n").flatMap((line, index): MarkdownNode[] => {
        const text: MarkdownNode = { type: "text", value: line };
        return index === 0 ? [text] : [{ type: "break" }, text];
      });
    });
  };
  return (tree: MarkdownNode) => walk(tree);
}
