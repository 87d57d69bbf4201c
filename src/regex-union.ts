// Many patterns tried as one: their alternatives side by side. Most of them start at a word boundary
// (\b), and a pattern with hundreds of alternatives checks that boundary once per alternative at every
// position of the text, inside words too. Alternatives that follow one another and start with \b share
// one instead: a position inside a word is then passed over after one check. The order of the
// alternatives is kept, so the union matches where, and what, the patterns side by side would.

const WORD_START = String.raw`\b`;

/** The text as a pattern that matches it as written (every character that means something in a pattern escaped). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Where each top-level alternative of the pattern source from `start` to `end` begins (not inside a group or a character class). */
export function alternativeStarts(source: string, start = 0, end = source.length): number[] {
  const starts = [start];
  let depth = 0;
  let inClass = false;
  for (let i = start; i < end; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) starts.push(i + 1);
  }
  return starts;
}

/** A pattern's source split at its top-level "|". */
export function topLevelAlternatives(source: string): string[] {
  const starts = alternativeStarts(source);
  return starts.map((from, k) => source.slice(from, k + 1 < starts.length ? starts[k + 1] - 1 : source.length));
}

/**
 * The source of `sources` as alternatives of one pattern, in order, each run of alternatives that start
 * with \b under one \b. The sources may have no back-references (a group's number changes in a union).
 */
export function unionSource(sources: readonly string[]): string {
  const parts: string[] = [];
  let run: string[] = [];
  const endRun = () => {
    if (run.length > 0) parts.push(`${WORD_START}(?:${run.join('|')})`);
    run = [];
  };
  for (const alternative of sources.flatMap(topLevelAlternatives)) {
    if (alternative.startsWith(WORD_START)) {
      run.push(alternative.slice(WORD_START.length));
    } else {
      endRun();
      parts.push(`(?:${alternative})`);
    }
  }
  endRun();
  return parts.join('|');
}

/**
 * The same for a union only ever tested (RegExp.test: whether it matches, not where): the alternatives
 * that start with \b all go under one, the others after them.
 */
export function testedUnionSource(sources: readonly string[]): string {
  const alternatives = sources.flatMap(topLevelAlternatives);
  const atWordStart = alternatives.filter((a) => a.startsWith(WORD_START)).map((a) => a.slice(WORD_START.length));
  const elsewhere = alternatives.filter((a) => !a.startsWith(WORD_START)).map((a) => `(?:${a})`);
  return [...(atWordStart.length > 0 ? [`${WORD_START}(?:${atWordStart.join('|')})`] : []), ...elsewhere].join('|');
}
