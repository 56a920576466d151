import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import v8 from "node:v8";

let compiled: Promise<WebAssembly.Module | undefined> | undefined;

/**
 * PGlite's WebAssembly (9 MB), compiled once per process. Started when the database is
 * first asked for, before its folder is locked: V8 compiles it in background threads while
 * the lock is taken and the server loads the first request's code, where PGlite would
 * compile it only once opening got that far (~0.1-0.2 s of the first answer,
 * docs/performance.md). Undefined when it cannot be found here: PGlite then loads it itself.
 */
export function compiledPgliteWasm(): Promise<WebAssembly.Module | undefined> {
  compiled ??= (async () => {
    // V8 compiles WebAssembly quickly (Liftoff) and then again, optimised, in the
    // background: on 2 cores that second compile costs more CPU than the queries of a
    // small database win back, and ~60 MB of memory (docs/performance.md). The flag only
    // touches WebAssembly compiled from here on.
    v8.setFlagsFromString("--liftoff-only");
    // Resolved from the app's folder at run time: the server's bundle keeps PGlite external.
    const file = createRequire(path.join(process.cwd(), "package.json")).resolve(
      "@electric-sql/pglite/pglite.wasm",
    );
    // Read at once (9 MB from the page cache, a few ms): read asynchronously, the compile
    // would start only once the first request's code, which loads synchronously, is loaded.
    return WebAssembly.compile(fs.readFileSync(/*turbopackIgnore: true*/ file));
  })().catch(() => undefined);
  return compiled;
}
