import { describe, expect, it } from "vitest";
import { compiledPgliteWasm } from "./pglite-wasm";

describe("PGlite's WebAssembly, compiled ahead of the open", () => {
  it("is found from the app's folder and compiled once per process", async () => {
    // Were it not found, PGlite would still open (it compiles its own), only later.
    const wasm = await compiledPgliteWasm();
    expect(wasm).toBeInstanceOf(WebAssembly.Module);
    expect(await compiledPgliteWasm()).toBe(wasm);
  });
});
