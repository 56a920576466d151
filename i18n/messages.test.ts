import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ur from "@/messages/ur.json";

type Tree = { [key: string]: string | Tree };

/** Every leaf key, dotted: "tasks.views.today". */
function keysOf(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

function leaf(tree: Tree, dotted: string): string {
  return dotted
    .split(".")
    .reduce<string | Tree>((node, key) => (node as Tree)[key]!, tree) as string;
}

/** The ICU arguments and rich-text tags a message uses ({name}, {count, plural…}, <code>). */
function argumentsOf(message: string): string[] {
  const names = [...message.matchAll(/\{\s*([a-zA-Z]+)\s*[,}]/g)].map((m) => m[1]!);
  const tags = [...message.matchAll(/<([a-z]+)>/g)].map((m) => `<${m[1]}>`);
  return [...new Set([...names, ...tags])].sort();
}

describe("interface messages", () => {
  it("has the same keys in English and Urdu", () => {
    expect(keysOf(ur as Tree).sort()).toEqual(keysOf(en as Tree).sort());
  });

  it("uses the same arguments and tags in both languages", () => {
    for (const key of keysOf(en as Tree)) {
      expect({ key, args: argumentsOf(leaf(ur as Tree, key)) }).toEqual({
        key,
        args: argumentsOf(leaf(en as Tree, key)),
      });
    }
  });

  it("has no empty message", () => {
    for (const tree of [en, ur] as Tree[]) {
      for (const key of keysOf(tree)) expect(leaf(tree, key).trim(), key).not.toBe("");
    }
  });
});
