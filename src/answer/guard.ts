// First line of defence for free-text questions: empty input, prompt-injection attempts and clearly
// off-topic small talk (weather, recipes, jokes, sport, party politics) are declined politely, in
// Norwegian (src/text/nb.ts), before any retrieval. Everything else goes on to the answerer, whose own relevance check
// catches what these patterns miss.
import type { AskResult } from '../catalogue/schema';
import { unicodeWordRegex } from '../retrieval/text';
import { nb } from '../text/nb';
import { GUARD_READ_CHARS } from '../limits';
import { normalizeForGuard } from '../normalise';

export type GuardKind = 'empty' | 'injection' | 'off-topic';

export type GuardVerdict =
  | { ok: true }
  | { ok: false; kind: GuardKind; reason: string; reply: string };

interface Rule {
  reason: string;
  pattern: RegExp;
}

/** Rules are written with \b and \w; they are compiled so that those understand æ, ø and å. */
function rules(list: Rule[]): Rule[] {
  return list.map((r) => ({ reason: r.reason, pattern: unicodeWordRegex(r.pattern.source, r.pattern.flags) }));
}

// Matched against lowercased text with collapsed whitespace.
const INJECTION_RULES: Rule[] = rules([
  {
    reason: 'ignore-instructions-no',
    pattern:
      /\b(?:ignorer|ignorér|glem|overse|se bort fra|overstyr)\b.{0,60}?\b(?:instruks\w*|instruksjon\w*|regle(?:r|ne)|beskjed\w*|føring\w*|prompt\w*|retningslinje\w*)/u,
  },
  {
    reason: 'ignore-instructions-en',
    pattern:
      /\b(?:ignore|disregard|forget|override|bypass)\b.{0,60}?\b(?:instructions?|prompts?|rules|guidelines|messages|everything)\b/u,
  },
  { reason: 'new-role-no', pattern: /\b(?:du er nå|fra nå av (?:er|skal) du|du skal nå (?:være|late)|oppfør deg som|spill rollen som|late som (?:at )?du|lat som (?:at )?du)\b/u },
  { reason: 'new-role-en', pattern: /\b(?:you are now|from now on,? you|act as (?:a|an|if)|pretend (?:to be|you are|that you)|roleplay as)\b/u },
  { reason: 'system-prompt', pattern: /\bsystem\s?-?\s?(?:prompt\w*|melding\w*|instruks\w*|instruksjon\w*|message)\b|\bsystemprompt\w*|\bprompten din\b/u },
  { reason: 'reveal', pattern: /\bavslør\w*\b|\breveal\b.{0,40}?\b(?:prompt|instructions?|system|rules|secrets?)\b/u },
  {
    reason: 'show-instructions',
    pattern:
      /\b(?:vis|skriv ut|gjenta|print|show|repeat|output)\b.{0,40}?\b(?:instruksjon\w*|instruksene? dine|reglene dine|your (?:instructions|prompt|rules)|the (?:system )?prompt)\b/u,
  },
  { reason: 'new-instructions', pattern: /\b(?:nye instruks\w*|ny instruks\w*|new instructions?)\b/u },
  { reason: 'jailbreak', pattern: /\b(?:jailbreak\w*|developer mode|utviklermodus|dan mode|do anything now)\b/u },
  { reason: 'markup', pattern: /<\/?\s*(?:system|assistant|instructions?)\s*>|\[\/?inst\]|#{2,}\s*(?:system|instruction)/u },
]);

const OFF_TOPIC_RULES: Rule[] = rules([
  { reason: 'weather', pattern: /\b(?:været|værmelding\w*|værvarsel\w*|yr\.no|regner det|snør det|blir det (?:regn|sol|snø)|hvor varmt blir det)\b/u },
  {
    reason: 'recipe',
    pattern:
      /\boppskrift(?:en|er|ene)? på\b|\bhvordan (?:lager|baker|steker|koker) (?:jeg|man|du|vi)\b|\b(?:pannekake\w*|vaffel\w*|vafler|ingredienser|middagstips)\b/u,
  },
  { reason: 'joke', pattern: /\b(?:vits\w*|morsom historie|si noe morsomt|fortell .{0,20}?(?:spøk|morsomt)|tell me a joke)\b/u },
  {
    reason: 'sport',
    pattern:
      /\b(?:fotball\w*|håndball\w*|premier league|champions league|eliteserien|skiskyting\w*|landskamp\w*)\b|\bhvem vant\b.{0,30}?\b(?:vm|em|ol|kampen|finalen|cupen|serien|mesterskap\w*)\b|\b(?:vm|em|ol) i (?:fotball|håndball|ski\w*)\b/u,
  },
  {
    reason: 'party-politics',
    pattern:
      /\bhvem (?:bør|skal) jeg stemme\b|\bhva (?:bør|skal) jeg stemme\b|\b(?:stemme på|hvilket parti)\b|\b(?:støre|solberg|listhaug|vedum|arbeiderpartiet|fremskrittspartiet|senterpartiet|frp)\b.{0,60}?\b(?:best|dårligst|synes|mener|liker|bedre)\b|\b(?:best|dårligst|synes|mener|liker|bedre)\b.{0,60}?\b(?:støre|solberg|listhaug|vedum|arbeiderpartiet|fremskrittspartiet|senterpartiet|frp)\b|\bhvem er statsminister\w*\b/u,
  },
  { reason: 'chit-chat', pattern: /\b(?:horoskop\w*|lottotall\w*|meningen med livet|hvor gammel er du|er du en robot)\b/u },
]);

/**
 * All the rules as one pattern: it matches exactly when one of them does (one alternative per rule, the
 * rules having no back-references and the same flags), and one pass over a question costs about a third
 * of sixteen. Only a question it matches is tried rule by rule, for the reason.
 */
const ANY_RULE = combined([...INJECTION_RULES, ...OFF_TOPIC_RULES]);

function combined(list: readonly Rule[]): RegExp | undefined {
  const flags = new Set(list.map((r) => r.pattern.flags));
  if (flags.size !== 1 || list.some((r) => /\\[1-9k]/u.test(r.pattern.source))) return undefined;
  return new RegExp(list.map((r) => `(?:${r.pattern.source})`).join('|'), [...flags][0]);
}

/** Decides whether a question may go on to retrieval. Never throws. */
export function checkQuestion(question: unknown): GuardVerdict {
  const text = typeof question === 'string' ? normalizeForGuard(question.slice(0, GUARD_READ_CHARS)) : '';
  if (!/[\p{L}\p{N}]/u.test(text)) return { ok: false, kind: 'empty', reason: 'empty', reply: nb.answer.empty };
  if (ANY_RULE && !ANY_RULE.test(text)) return { ok: true };
  for (const rule of INJECTION_RULES) {
    if (rule.pattern.test(text)) return { ok: false, kind: 'injection', reason: rule.reason, reply: nb.answer.injection };
  }
  for (const rule of OFF_TOPIC_RULES) {
    if (rule.pattern.test(text)) return { ok: false, kind: 'off-topic', reason: rule.reason, reply: nb.answer.offTopic };
  }
  return { ok: true };
}

/** The AskResult for a declined question (always without citations). */
export function declined(question: string, verdict: Exclude<GuardVerdict, { ok: true }>): AskResult {
  return { question, answer: verdict.reply, citations: [] };
}
