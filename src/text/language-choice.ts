// A person asking for a language: the menu's language button ("English" in bokmål, "Norsk" in
// English) or a short request ("på engelsk", "in Norwegian please").
import type { Lang } from './index';

const ASKS_FOR: readonly [Lang, RegExp][] = [
  ['en', /^(?:english|engelsk|in english|på engelsk|speak english|(?:can|do) you speak english|english please|switch to english)$/u],
  ['nb', /^(?:norsk|bokmål|norwegian|på norsk|in norwegian|snakk norsk|kan du snakke norsk|norsk takk|switch to norwegian|bytt til norsk)$/u],
];

export function languageChoice(text: string): Lang | undefined {
  const said = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[.!?]+$/u, '')
    .replace(/,?\s*(?:please|takk)$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
  return ASKS_FOR.find(([, re]) => re.test(said))?.[0];
}
