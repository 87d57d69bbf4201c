// The conversation's language, decided at the start of every turn: a language asked for ("English",
// "på norsk") or the language the message is clearly written in; otherwise the language so far
// (bokmål to begin with). A button's or command's text is a choice, not writing, and says nothing
// (Teams also sends its command titles as the router's bokmål words). It lives in conversation state, so it expires with the conversation and
// goes with «slett mine data». A client's locale only chooses the welcome: many Norwegian Teams
// tenants run in en-US.
import { ActivityTypes, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { detectLanguage } from './detect-language';
import { DEFAULT_LANG, LangSchema, isTextInAnyLanguage, languageOfLocale, type Lang, type Texts } from './index';
import { languageChoice } from './language-choice';
import { setTurnLanguage } from './turn-language';

/** Texts people send by pressing a button or picking a command. */
const BUTTONS: readonly ((t: Texts) => string)[] = [
  (t) => t.menu.guidance,
  (t) => t.menu.courseFinder,
  (t) => t.menu.question,
  (t) => t.menu.help,
  (t) => t.commands.restart,
  (t) => t.commands.help,
  (t) => t.commands.menu,
  (t) => t.commands.deleteMyData,
  (t) => t.recommendation.showOffers,
  (t) => t.recommendation.showAsText,
  (t) => t.recommendation.restart,
  (t) => t.handoff.button,
];

function isButtonText(text: string): boolean {
  return BUTTONS.some((pick) => isTextInAnyLanguage(text, pick));
}

export const StoredLanguageSchema = z.object({ lang: LangSchema });
export type StoredLanguage = z.infer<typeof StoredLanguageSchema>;

export class ConversationLanguage {
  /**
   * `guess`: the language of a message the small words do not decide ("Batterifagskolen modules credits total?"),
   * read only for a conversation's first message, when there is no language so far to keep.
   */
  constructor(
    private readonly stored: StatePropertyAccessor<StoredLanguage>,
    private readonly guess?: (text: string) => Lang,
  ) {}

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
    const button = isButtonText(said);
    const written = button ? undefined : detectLanguage(said);
    const guessed = () => (button || said.trim() === '' ? undefined : this.guess?.(said));
    const lang: Lang = languageChoice(said) ?? written ?? current ?? guessed() ?? DEFAULT_LANG;
    // (Kept from the first message on, so that only the first is guessed.)
    if (lang !== current) await this.stored.set(context, { lang });
    setTurnLanguage(context, lang);
  }
}
