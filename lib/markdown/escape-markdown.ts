// Characters that start Markdown syntax anywhere in a line: links and images (`[`, `]`),
// emphasis and code (`*`, `_`, `` ` ``, `~`), HTML and autolinks (`<`, `>`), tables (`|`),
// escapes (`\`), and `&` where it begins an entity (`&amp;`, `&#65;`). CommonMark shows a
// backslash-escaped one as itself. Others (`.`, `!`, `(`, `'`, a lone `&` …) mean nothing on
// their own mid-line and stay as they are, so answers read as plain text in the JSON API too.
const INLINE_SYNTAX = /[\\`*_[\]<>|~]|&(?=#?\w+;)/g;
// Block syntax at the start of a line that a title's own line break would begin.
const LINE_START_SYNTAX = /(\n[ \t]*)([#>+=-]|\d+(?=[.)]))/g;
// What GFM turns into a link even in plain text: `https://…`, `www.…`, `name@host`.
const BARE_LINK_START = /(:)(\/\/)|(\bwww)(\.)|(@)/gi;
/** U+2060 WORD JOINER: invisible, takes no space, and never breaks a line. */
const WORD_JOINER = "\u2060";

/**
 * Text that reads the same when rendered as Markdown: a task title such as
 * `[phish](https://evil.example/login)` or `![](https://evil.example/x.png)` stays those
 * characters, never a link, an image, emphasis, a heading or a list. Titles are data
 * (they also arrive from MCP clients), so every answer that is Markdown and quotes one
 * passes it through here.
 *
 * Backslash escapes cover Markdown's syntax. GFM also links bare URLs and emails
 * after escapes are resolved, so an invisible word joiner goes inside each `://`,
 * `www.` and `@`: the text looks the same, but is no longer a URL.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE_SYNTAX, "\\$&")
    .replace(LINE_START_SYNTAX, (_, start: string, mark: string) =>
      /^\d/.test(mark) ? `${start}${mark}\\` : `${start}\\${mark}`,
    )
    .replace(BARE_LINK_START, (match) => `${match.slice(0, -1)}${WORD_JOINER}${match.slice(-1)}`);
}
