import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "./markdown";

const render = (text: string) => renderToStaticMarkup(createElement(Markdown, { text }));

describe("chat markdown", () => {
  it("renders lists, bold and code", () => {
    const html = render("- **Add** a task\n- run `npm test`");
    expect(html).toContain('<li dir="auto"><strong>Add</strong> a task</li>');
    expect(html).toContain("<code>npm test</code>");
  });

  it("lets each paragraph and list item take its own direction (Urdu and English mixed)", () => {
    const html = render("دودھ خریدنا شامل کر دیا\n\n- milk\n- انڈے");
    expect(html).toContain('<p dir="auto">دودھ خریدنا شامل کر دیا</p>');
    expect(html).toContain('<li dir="auto">انڈے</li>');
  });

  it("shows raw HTML as text, never as markup", () => {
    const html = render(
      'Added "<b>x</b> <img src=x onerror=alert(1)>".\n\n<script>alert(1)</script>',
    );
    expect(html).not.toMatch(/<b>|<img|<script/);
    expect(html).toContain("&lt;b&gt;x&lt;/b&gt;");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("keeps single line breaks and drops javascript: links", () => {
    expect(render("You have 2 tasks:\n○ #1 A\n○ #2 B")).toContain(
      "You have 2 tasks:<br/>\n○ #1 A<br/>\n○ #2 B",
    );
    expect(render("[click](javascript:alert(1))")).not.toContain("javascript:");
  });
});
