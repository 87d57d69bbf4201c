// The language of the turn being handled, kept on the TurnContext: set once at the start of a turn
// (conversation-language.ts), read by every dialog and reply through textsFor(context).
import type { TurnContext } from 'botbuilder';
import { DEFAULT_LANG, texts, type Lang, type Texts } from './index';

const TURN_LANGUAGE = Symbol('veiviser.language');

export function setTurnLanguage(context: TurnContext, lang: Lang): void {
  context.turnState.set(TURN_LANGUAGE, lang);
}

/** The conversation's language in this turn; bokmål when nothing has set it (e.g. a dialog tested alone). */
export function languageOf(context: TurnContext): Lang {
  return (context.turnState.get(TURN_LANGUAGE) as Lang | undefined) ?? DEFAULT_LANG;
}

export function textsFor(context: TurnContext): Texts {
  return texts(languageOf(context));
}
