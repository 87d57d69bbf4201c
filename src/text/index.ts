// The languages Veiviser speaks and their catalogues. A conversation has one language (see
// conversation-language.ts); everything a person reads comes from texts(lang).
import { z } from 'zod';
import { en } from './en';
import { nb } from './nb';
import type { Texts } from './texts';

export const LANGS = ['nb', 'en'] as const;
export const LangSchema = z.enum(LANGS);
export type Lang = z.infer<typeof LangSchema>;
export type { Texts } from './texts';

export const DEFAULT_LANG: Lang = 'nb';

const CATALOGUES: Record<Lang, Texts> = { nb, en };

export function texts(lang: Lang): Texts {
  return CATALOGUES[lang];
}

/** Every catalogue, for recognising words and button texts a person may send in any language. */
export const ALL_TEXTS: readonly Texts[] = LANGS.map((lang) => CATALOGUES[lang]);

/** True when `text` is, in some language, the text `pick` chooses (a button title, a command). */
export function isTextInAnyLanguage(text: string, pick: (t: Texts) => string): boolean {
  const said = text.trim().toLowerCase();
  return ALL_TEXTS.some((t) => pick(t).toLowerCase() === said);
}

/** The words `pick` chooses, in every language (e.g. "vet ikke" and "don't know"). */
export function wordsInAnyLanguage(pick: (t: Texts) => readonly string[]): string[] {
  return [...new Set(ALL_TEXTS.flatMap((t) => pick(t)))];
}

/** The language a client's locale asks for ("en-US" → en); only used for the welcome. */
export function languageOfLocale(locale: string | undefined): Lang {
  return /^en(?:-|_|$)/i.test(locale ?? '') ? 'en' : DEFAULT_LANG;
}
