/**
 * Spelling suggestions for error messages: the known word closest to a misspelt one.
 *
 * The distance is the optimal string alignment distance (Damerau–Levenshtein restricted so that no
 * substring is edited twice): insertions, deletions, substitutions and transpositions of two
 * adjacent characters each cost 1 (Damerau 1964; Wagner & Fischer 1974 for the dynamic
 * programme). Letters are compared without regard to case, so "Linear" is at distance 0 from
 * "linear". A suggestion is made at distance at most 2, and at most a third of the misspelt
 * word's length (so "x" suggests nothing, "mikro" suggests "micro", "lineer" suggests "linear"):
 * short words are too close to too many others for a guess to help.
 * @internal
 * @module
 */

/** Largest distance ever suggested. @internal */
export const MAX_SUGGESTION_DISTANCE = 2;

/**
 * The optimal string alignment distance between `a` and `b`, case-insensitive (both are compared
 * in lower case). O(|a|·|b|) time, O(|b|) memory over three rows.
 *
 * @param a - a string
 * @param b - another string
 * @returns the number of single-character edits (insert, delete, substitute, swap two
 *   neighbours) that turn `a` into `b`
 * @internal
 */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  if (s === t) return 0;
  let before = new Array<number>(t.length + 1).fill(0); // row i - 2
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j); // row i - 1
  let current = new Array<number>(t.length + 1).fill(0);
  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        d = Math.min(d, (before[j - 2] as number) + 1);
      current[j] = d;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[t.length] as number;
}

/**
 * The candidate closest to `input` (see the module notes), or `undefined` when none is close
 * enough. Ties go to the earlier candidate, so the answer depends only on the arguments.
 *
 * @param input - the misspelt word
 * @param candidates - the words that would have been accepted
 * @returns the suggestion, never `input` itself
 * @internal
 */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.min(MAX_SUGGESTION_DISTANCE, Math.floor(input.length / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    if (c === input) continue;
    // Lengths that differ by more than the limit cannot be within it: skip the table.
    if (Math.abs(c.length - input.length) > limit) continue;
    const d = editDistance(input, c);
    if (d <= limit && d < bestDistance) {
      best = c;
      bestDistance = d;
      if (d === 0) break;
    }
  }
  return best;
}

/**
 * `; did you mean "<closest>"?` for a misspelt word, or `""` when no candidate is close: the
 * tail every "unknown property" and "expected one of" message of the library ends with.
 *
 * @param input - the misspelt word (only its first 64 characters are compared)
 * @param candidates - the words that would have been accepted
 * @returns the text to append to the message
 * @internal
 */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const suggestion = closestMatch(input.slice(0, 64), candidates);
  return suggestion === undefined ? "" : `; did you mean ${JSON.stringify(suggestion)}?`;
}
