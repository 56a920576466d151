import type { ZxcvbnFactory } from "@zxcvbn-ts/core";

/**
 * zxcvbn's scores run 0-4; 3 is "safely unguessable: moderate protection from an
 * offline slow-hash scenario" (~10^10 guesses). Below it are dictionary words,
 * keyboard walks, repeats and dates: `password`, `12345678`, eight spaces.
 */
const MIN_SCORE = 3;

let estimator: Promise<ZxcvbnFactory> | undefined;

/**
 * Loaded and built on first use (a sign-up or a password change), not when the auth
 * module loads: its dictionaries are the largest module every route that checks a
 * session would otherwise evaluate at start (~0.1-0.25 s of CPU, docs/performance.md).
 */
function strengthEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, english] = await Promise.all([
      import("@zxcvbn-ts/core"),
      import("@zxcvbn-ts/language-common"),
      import("@zxcvbn-ts/language-en"),
    ]);
    return new ZxcvbnFactory({
      translations: english.translations,
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...english.dictionary },
    });
  })().catch((error: unknown) => {
    estimator = undefined;
    throw error;
  });
  return estimator;
}

/**
 * Why a password is too easy to guess, in words that say what to do, or undefined
 * when it is strong enough. `related` are the person's own details (email, name),
 * which a guesser would try first.
 */
export async function weakPasswordProblem(
  password: string,
  related: string[] = [],
): Promise<string | undefined> {
  const inputs = ["taskchat", ...related.flatMap((value) => [value, ...value.split(/[@.\s]+/)])];
  const result = (await strengthEstimator()).check(password, inputs.filter(Boolean));
  if (result.score >= MIN_SCORE) return undefined;
  const why = result.feedback.warning ? ` ${result.feedback.warning}` : "";
  return `This password is too easy to guess.${why} Use a longer one: a few unrelated words work well.`;
}
