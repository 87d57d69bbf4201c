// Messages that mean the same wherever the conversation is, even inside a guided dialog: asking for a
// language ("English", "på norsk"), asking for a human ("jeg vil snakke med en veileder"), and
// counsellor mode («vurder kandidat: …»). Pure functions of the text, like router.ts.
import type { Lang } from '../src/text';
import { languageChoice } from '../src/text/language-choice';
import { isHandoffRequest } from '../src/handoff/request';
import { counsellorCommand } from './counsellor-command';

export type AnywhereCommand = { kind: 'language'; lang: Lang } | { kind: 'handoff' } | { kind: 'counsellor'; description: string };

export function anywhereCommand(text: string): AnywhereCommand | undefined {
  const lang = languageChoice(text);
  if (lang) return { kind: 'language', lang };
  if (isHandoffRequest(text)) return { kind: 'handoff' };
  const counsellor = counsellorCommand(text);
  if (counsellor) return { kind: 'counsellor', description: counsellor.description };
  return undefined;
}
