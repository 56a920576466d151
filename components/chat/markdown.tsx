import ReactMarkdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import { remarkHtmlAsText, remarkLineBreaks } from "./markdown-plugins";
import styles from "./markdown.module.css";

// Each block finds its own direction, so an Urdu line in an English answer (or the reverse) reads right.
const components: Components = {
  p: ({ children }) => <p dir="auto">{children}</p>,
  li: ({ children, className }) => (
    <li dir="auto" className={className}>
      {children}
    </li>
  ),
  a: ({ href, children }) => (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow">
      {children}
    </a>
  ),
};

// HTML first, so a raw "<b>\n</b>" block also gets its line breaks.
const remarkPlugins = [remarkGfm, remarkHtmlAsText, remarkLineBreaks];

/** An assistant answer's markdown: lists, bold, code, tables (GFM). */
export function Markdown({ text }: { text: string }) {
  return (
    <div className={styles.markdown} dir="auto">
      <ReactMarkdown remarkPlugins={remarkPlugins} components={components}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
