import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/chat/markdown";
import { escapeMarkdown } from "./escape-markdown";

const render = (text: string) => renderToStaticMarkup(createElement(Markdown, { text }));
const visibleText = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replaceAll("&quot;", '"')
    .replaceAll("&amp;", "&")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&#x27;", "'")
    .replaceAll("\u2060", ""); // invisible

describe("escapeMarkdown", () => {
  const hostile = [
    "[phish](https://evil.example/login)",
    "![](https://evil.example/pixel.png)",
    "**bold** _em_ `code` ~~gone~~",
    "# heading",
    "- item",
    "1. first",
    "> quote",
    "https://evil.example/bare and www.evil.example",
    "<https://evil.example/auto>",
    "a | table | row",
    "back\\slash & &amp; entity",
    "mail phisher@evil.example now",
    "two\n# lines\n- list\n1. numbered\n> quote",
  ];

  it("keeps a title's visible text exactly, with no link, image or formatting", () => {
    for (const title of hostile) {
      const html = render(`Added task #1: "${escapeMarkdown(title)}".`);
      expect(html, title).not.toMatch(/<a |<img|<strong|<em|<code|<del|<h1|<li|<blockquote|<table/);
      // Line breaks render as <br/> plus the newline itself.
      expect(visibleText(html).replaceAll("\n\n", "\n"), title).toBe(`Added task #1: "${title}".`);
    }
  });

  it("leaves letters, digits and other scripts alone", () => {
    expect(escapeMarkdown("Buy milk 2 Käse 牛奶")).toBe("Buy milk 2 Käse 牛奶");
    expect(escapeMarkdown("Call mom's doctor (today) - 3.5 hours!")).toBe(
      "Call mom's doctor (today) - 3.5 hours!",
    );
    expect(escapeMarkdown("Buy salt & pepper")).toBe("Buy salt & pepper");
  });
});
