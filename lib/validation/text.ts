import { z } from "zod";

// Postgres text cannot hold NUL, and no person means to type one.
const noNul = (value: string) => !value.includes("\u0000");
const NUL_MESSAGE = "must not contain NUL characters";
// A lone UTF-16 surrogate (JSON can carry one as "\ud800") has no UTF-8 form: it
// would be stored as U+FFFD, so the text would not come back as sent.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const wellFormed = (value: string) => !LONE_SURROGATE.test(value);
const UNICODE_MESSAGE = "must be valid Unicode text";

/** Text bounded after trimming (as stored) and NUL-free, e.g. a title: `trimmedText(1, 200)`. */
export function trimmedText(min: number, max: number) {
  return (
    z
      .string()
      .min(min, min === 1 ? "must not be empty" : `must be at least ${min} characters`)
      .refine(noNul, NUL_MESSAGE)
      .refine(wellFormed, UNICODE_MESSAGE)
      .transform((value) => value.trim())
      .pipe(
        z
          .string()
          .min(min, min === 1 ? "must not be empty" : `must be at least ${min} characters`)
          .max(max, `must be at most ${max} characters`),
      )
      // JSON Schema (tool schemas for models and MCP clients) shows the input side of the
      // pipe, which has no maximum; state the one that matters.
      .meta({ maxLength: max })
  );
}

/** Text stored exactly as sent (no trimming), bounded and NUL-free. */
export function exactText(max: number) {
  return z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine(noNul, NUL_MESSAGE)
    .refine(wellFormed, UNICODE_MESSAGE);
}
