// The conversation's language, decided at the start of every turn: a language asked for ("English",
// "på norsk") or the language the message is clearly written in; otherwise the language so far
// (bokmål to begin with). It lives in conversation state, so it expires with the conversation and
// goes with «slett mine data». A client's locale only chooses the welcome: many Norwegian Teams
// tenants run in en-US.
import { ActivityTypes, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { detectLanguage } from './detect-language';
import { DEFAULT_LANG, LangSchema, languageOfLocale, type Lang } from './index';
import { languageChoice } from './language-choice';
import { setTurnLanguage } from './turn-language';

export const StoredLanguageSchema = z.object({ lang: LangSchema });
export type StoredLanguage = z.infer<typeof StoredLanguageSchema>;

export class ConversationLanguage {
  constructor(private readonly stored: StatePropertyAccessor<StoredLanguage>) {}

  /** Sets the turn's language (textsFor) and remembers a change. */
  async before(context: TurnContext): Promise<void> {
    const saved = StoredLanguageSchema.safeParse(await this.stored.get(context));
    const current = saved.success ? saved.data.lang : undefined;
    const { type, text, locale } = context.activity;
    if (type !== ActivityTypes.Message) {
      setTurnLanguage(context, current ?? languageOfLocale(locale));
      return;
    }
    const said = typeof text === 'string' ? text : '';
    const lang: Lang = languageChoice(said) ?? detectLanguage(said) ?? current ?? DEFAULT_LANG;
    if (lang !== (current ?? DEFAULT_LANG)) await this.stored.set(context, { lang });
    setTurnLanguage(context, lang);
  }
}
