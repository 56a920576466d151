import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

/**
 * zxcvbn's scores run 0-4; 3 is "safely unguessable: moderate protection from an
 * offline slow-hash scenario" (~10^10 guesses). Below it are dictionary words,
 * keyboard walks, repeats and dates: `password`, `12345678`, eight spaces.
 */
const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;

/** Built on first use: the dictionaries take a moment to index. */
function strengthEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    translations: english.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...english.dictionary },
  });
  return estimator;
}

/**
 * Why a password is too easy to guess, in words that say what to do, or undefined
 * when it is strong enough. `related` are the person's own details (email, name),
 * which a guesser would try first.
 */
export function weakPasswordProblem(password: string, related: string[] = []): string | undefined {
  const inputs = ["taskchat", ...related.flatMap((value) => [value, ...value.split(/[@.\s]+/)])];
  const result = strengthEstimator().check(password, inputs.filter(Boolean));
  if (result.score >= MIN_SCORE) return undefined;
  const why = result.feedback.warning ? ` ${result.feedback.warning}` : "";
  return `This password is too easy to guess.${why} Use a longer one: a few unrelated words work well.`;
}
