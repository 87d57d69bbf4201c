// A question typed where a dialog expected an answer ("Hva koster det?" while it asks for the county)
// is answered with sources, and then the dialog asks its question again. Every prompt of every dialog
// is wrapped in answeringQuestions(), so this works the same everywhere.
import { MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import {
  ChoiceFactory,
  ChoicePrompt,
  findChoices,
  ListStyle,
  type FoundChoice,
  type PromptOptions,
  type PromptRecognizerResult,
  type PromptValidator,
  type PromptValidatorContext,
} from 'botbuilder-dialogs';
import { isHedgedReply } from '../src/nlu';
import { withSuggestions } from '../src/replies/messages';
import { LANGS, type Lang } from '../src/text';
import { languageOf, textsFor } from '../src/text/turn-language';
import { turnIntent } from './turn-intent';

/**
 * Answers a free-text question as an activity: the answer, its numbered sources and the feedback
 * buttons, shaped for the turn's channel; it may stream the answer while it is written (then the
 * activity ends the stream), and gives undefined when the reader stopped it. The answerer reads the
 * person's situation from the question itself.
 */
export type AnswerQuestion = (question: string, context: TurnContext) => Promise<Partial<Activity> | undefined>;

export async function answerQuestion(context: TurnContext, question: string, answer: AnswerQuestion): Promise<void> {
  const reply = await answer(question, context);
  if (reply) await context.sendActivity(reply);
}

/** What a prompt answers itself instead of taking it as an answer: a question, a thanks. */
const ANSWERED_AT_PROMPT: ReadonlySet<string> = new Set(['question', 'thanks']);

/**
 * Asked `times` times without an answer the prompt can read, and this message no question or thanks it answers
 * itself: the person is not to be kept there (the dialog goes on without the answer, and says so).
 */
export function askedInVain<T>(prompt: PromptValidatorContext<T>, times: number): boolean {
  return prompt.attemptCount >= times && !ANSWERED_AT_PROMPT.has(turnIntent(prompt.context));
}

/** Questions typed in a row at one prompt after which the dialog is set aside: the person has moved on to asking. */
export const QUESTIONS_BEFORE_SETTING_ASIDE = 2;
const SET_ASIDE = Symbol('veiviser.dialogSetAside');

/** Whether a prompt of this turn set its dialog aside (the router then ends the dialogs running). */
export function dialogSetAside(context: TurnContext): boolean {
  return context.turnState.get(SET_ASIDE) === true;
}

/**
 * A prompt validator that accepts what `validate` accepts (default: what the prompt recognised) and
 * answers a question typed instead, then asks the prompt again. When `validate` has replied itself
 * (e.g. asked which county was meant), the message is left at that. The second question in a row is
 * answered without asking again: the dialog is set aside, and the menu offers to take it up again.
 */
export function answeringQuestions<T>(answer: AnswerQuestion, validate?: PromptValidator<T>): PromptValidator<T> {
  return async (prompt) => {
    const text = prompt.context.activity.text ?? '';
    const accepted = validate ? await validate(prompt) : prompt.recognized.succeeded;
    const kept = prompt.state as { questionsInARow?: number };
    if (accepted) return true;
    if (prompt.context.responded) return false;
    const intent = turnIntent(prompt.context);
    // "takk, det var nyttig" at a question: a thanks back, then the question again.
    if (intent === 'thanks') {
      const t = textsFor(prompt.context);
      await prompt.context.sendActivity(t.thanksInPrompt);
      await prompt.context.sendActivity(t.backToQuestion);
      await askAgain(prompt);
      return false;
    }
    // ("tja, kanskje 4-5 år?" is an answer given in doubt, not a question: the prompt asks again as for any answer it cannot read.)
    if (intent !== 'question' || isHedgedReply(text)) {
      kept.questionsInARow = 0;
      return false;
    }
    await answerQuestion(prompt.context, text, answer);
    kept.questionsInARow = (kept.questionsInARow ?? 0) + 1;
    const t = textsFor(prompt.context);
    if (kept.questionsInARow >= QUESTIONS_BEFORE_SETTING_ASIDE) {
      prompt.context.turnState.set(SET_ASIDE, true);
      await prompt.context.sendActivity(withSuggestions(MessageFactory.text(t.setAside), [t.menu.guidance, t.menu.courseFinder]));
      return false;
    }
    await prompt.context.sendActivity(t.backToQuestion);
    await askAgain(prompt);
    return false;
  };
}

/** What a prompt on the stack (its state object) recognised in the message this turn. */
const RECOGNISED = Symbol('veiviser.recognisedThisTurn');
type Recognitions = WeakMap<object, { text: string; result: PromptRecognizerResult<FoundChoice> }>;

/**
 * A choice prompt that picks by a number or an ordinal only when the message is not a question: in
 * "Kan jeg ta fagbrev etter 2 år?" the number is part of the question, not a pick. A question is
 * matched against the choices' titles alone, which also spares it the number recognisers, the most
 * expensive step of a turn that answers a question at a choice prompt.
 *
 * botbuilder recognises a prompt's message twice a turn: for the "activityReceived" event
 * (Prompt.onPreBubbleEvent, which only asks whether it succeeded) and again to continue the prompt.
 * The second time gets the first result: recognising is a function of the message, the prompt's
 * options and its state, none of which changes in between.
 */
export class ChoicePromptAnsweringQuestions extends ChoicePrompt {
  /** `validate`: what the prompt accepts, by default what it recognised. */
  constructor(dialogId: string, answer: AnswerQuestion, defaultLocale: string, validate?: PromptValidator<FoundChoice>) {
    super(dialogId, answeringQuestions(answer, validate), defaultLocale);
  }

  protected override async onRecognize(context: TurnContext, state: object, options: PromptOptions): Promise<PromptRecognizerResult<FoundChoice>> {
    const text = context.activity.text ?? '';
    let recognised = context.turnState.get(RECOGNISED) as Recognitions | undefined;
    const known = recognised?.get(state);
    if (known?.text === text) return { ...known.result };
    const found = await this.recognise(context, state, options);
    const result = found.succeeded && found.value && negates(text, choiceNames(options, found.value.value)) ? { succeeded: false } : found;
    if (!recognised) context.turnState.set(RECOGNISED, (recognised = new WeakMap()));
    recognised.set(state, { text, result });
    return { ...result };
  }

  private async recognise(context: TurnContext, state: object, options: PromptOptions): Promise<PromptRecognizerResult<FoundChoice>> {
    const text = context.activity.text ?? '';
    if (!text || turnIntent(context) !== 'question') return super.onRecognize(context, state, options);
    const choices = (this.style === ListStyle.suggestedAction ? ChoiceFactory.toChoices(options.choices) : options.choices) ?? [];
    const [byTitle] = findChoices(text, choices, this.recognizerOptions);
    return byTitle ? { succeeded: true, value: byTitle.resolution } : { succeeded: false };
  }
}

/** A choice's value and synonyms, lower case. */
function choiceNames(options: PromptOptions, value: string): string[] {
  const choice = ChoiceFactory.toChoices(options.choices).find((c) => c.value === value);
  return [value, ...(choice?.synonyms ?? [])].map((n) => n.toLowerCase());
}

const NEGATED = /(?:^|\s)(?:ikke|ikkje|itj|not|uten|without)\s+(\p{L}+)/gu;

/** "ikke batteri", "not battery": the message rules the choice out, it does not pick it. */
function negates(text: string, names: readonly string[]): boolean {
  for (const m of text.toLowerCase().matchAll(NEGATED)) if (names.some((n) => n.split(' ')[0] === m[1])) return true;
  return false;
}

/**
 * A prompt's question in every language, kept in the prompt's validations: a question written in
 * another language switches the conversation's language, and the prompt is then asked again in it.
 */
export interface AskedInEveryLanguage {
  again: Record<Lang, Partial<Activity>>;
}

/** The prompt's question in the turn's language, when the prompt keeps it in every language. */
export function promptInTurnLanguage<T>(prompt: PromptValidatorContext<T>): Partial<Activity> | undefined {
  const kept: unknown = prompt.options.validations;
  if (typeof kept !== 'object' || kept === null || !('again' in kept)) return undefined;
  const again = (kept as AskedInEveryLanguage).again;
  return again[languageOf(prompt.context)];
}

/** Keeps a question in every language for promptInTurnLanguage(). */
export function inEveryLanguage(render: (lang: Lang) => Partial<Activity>): AskedInEveryLanguage {
  return { again: Object.fromEntries(LANGS.map((lang) => [lang, render(lang)])) as Record<Lang, Partial<Activity>> };
}

/** Sends the prompt again, in the turn's language when it is kept in every language; a prompt only re-sends its retry prompt when nothing was sent this turn. */
async function askAgain<T>(prompt: PromptValidatorContext<T>): Promise<void> {
  const inTurnLanguage = promptInTurnLanguage(prompt);
  if (inTurnLanguage) {
    await prompt.context.sendActivity(inTurnLanguage);
    return;
  }
  const { prompt: again, choices } = prompt.options;
  if (typeof again === 'string' && choices) {
    // A choice prompt's buttons are added when it prompts; add them back here.
    const titles = choices.map((c) => (typeof c === 'string' ? c : c.value));
    await prompt.context.sendActivity(withSuggestions(MessageFactory.text(again), titles));
  } else if (again) {
    await prompt.context.sendActivity(again);
  }
}
