// E-mail addresses, also written to dodge address harvesters: "ola.nordmann [at] example.no",
// "ola(at)example(dot)no", "ola snabel-a example.no". Every part is bounded like a real address
// (64-character local part, 63-character labels, a few spaces around the words), so a long run of
// letters, dots or spaces without an address in it cannot make the search quadratic.

const LOCAL = '[\\p{L}\\p{N}._%+-]{1,64}';
const LABEL = '[\\p{L}\\p{N}-]{1,63}';
const TLD = '\\p{L}{2,63}';

/** "[at]", "(at)", "{at}", "<at>", "(a)", and the Norwegian words for "@". */
const AT_WORD = '(?:at|a|snabel-?a|alfakrøll|krøllalfa)';
const OBFUSCATED_AT = `(?:@|[ ]{0,3}[\\[({<][ ]{0,2}${AT_WORD}[ ]{0,2}[\\])}>][ ]{0,3}|[ ]{1,3}(?:snabel-?a|alfakrøll|krøllalfa)[ ]{1,3})`;
const OBFUSCATED_DOT = `(?:\\.|[ ]{0,3}[\\[({<][ ]{0,2}(?:dot|punkt|punktum|prikk)[ ]{0,2}[\\])}>][ ]{0,3})`;

export const EMAIL = new RegExp(`${LOCAL}@${LABEL}(?:\\.${LABEL}){0,8}\\.${TLD}`, 'gu');

export const OBFUSCATED_EMAIL = new RegExp(
  `${LOCAL}${OBFUSCATED_AT}${LABEL}(?:${OBFUSCATED_DOT}${LABEL}){0,8}${OBFUSCATED_DOT}${TLD}(?![\\p{L}\\p{N}])`,
  'giu',
);

/**
 * What every obfuscated address holds (its "@" or "at" part), with OBFUSCATED_EMAIL's flags: text
 * without it is left alone without running OBFUSCATED_EMAIL, whose bounded but backtracking search
 * costs about a tenth of a microsecond per character.
 */
export const OBFUSCATED_AT_MARK = new RegExp(`@|[\\[({<][ ]{0,2}${AT_WORD}[ ]{0,2}[\\])}>]|snabel-?a|alfakrøll|krøllalfa`, 'iu');
