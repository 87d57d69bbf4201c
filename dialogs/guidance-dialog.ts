// Guided assessment: fills the profile by asking only what the rules still need, one question at a
// time, then shows the recommended paths. The opening message is understood up front ("6 år som
// operatør, 80 % stilling, bor i Trøndelag") and only what it yields is kept: the message itself is
// never stored in the dialog state. Every answer updates every field it states ("ja, 100 %" →
// employed and 100 %), a changed value is said back, a value given with "rundt" is confirmed, a
// place in several counties is asked about, a question inside an answer is answered, and "Hvorfor
// spør du om det?" gets the rules that need the field, with their sources.
import { MessageFactory, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { Assessment, Profile, ProfileField, Reason } from '../src/catalogue/schema';
import { detectIntent, readAnswer, type AmbiguousCounty, type Understander, type Understanding } from '../src/nlu';
import type { CitationFormatter } from '../src/replies/citations';
import { withSuggestions } from '../src/replies/messages';
import { describeProfile, profilePhrases } from '../src/text/profile-summary';
import type { Texts } from '../src/text/texts';
import { languageOf, textsFor } from '../src/text/turn-language';
import { isTextInAnyLanguage, texts as textsIn, type Lang } from '../src/text';
import { answerQuestion, answeringQuestions, askedInVain, inEveryLanguage, promptInTurnLanguage, type AnswerQuestion } from './answer-in-prompt';
import { equivalentSchoolQuestion, profileQuestion, type ProfileQuestion } from './profile-questions';
import { recommendationActivities } from './recommendation-card';

export interface GuidanceServices {
  /** The guidance profile, kept in user state. */
  profile: StatePropertyAccessor<Profile>;
  /** The assessment with its reasons in `lang` (bokmål when not given). */
  assess(profile: Profile, lang?: Lang): Assessment;
  /** The profile with one answer recorded the way the rules count it (practice as full-time years). */
  recordAnswer(profile: Profile, field: ProfileField, value: Profile[ProfileField]): Profile;
  nextQuestionField(assessment: Assessment, skip: readonly ProfileField[]): ProfileField | undefined;
  cite: CitationFormatter;
  answerQuestion: AnswerQuestion;
  /** Remembers what the conversation is now about: a question after the assessment ("hvor lang tid tar det?") is read about it. */
  noteTopic(context: TurnContext, topic: string): Promise<void>;
  understander: Understander;
  /** Reads the opening message: the rules, and with Azure OpenAI configured the model filling gaps. */
  readOpening(text: string): Promise<Understanding>;
  /** The rule conditions that read a field, with their sources, in the conversation's language. */
  whyWeAsk(field: ProfileField, profile: Profile, lang: Lang): Reason[];
  /** Assumed when the person does not say (DEFAULT_COUNTY). */
  defaultCounty?: string;
}

type SchoolField = 'completedPrimarySchool' | 'completedUpperSecondary';

export interface GuidanceOptions {
  /** The message that started the guidance: read when the dialog begins, never stored. */
  text?: string;
  /** Fields the person answered "vet ikke" to: not asked again. */
  skipped?: ProfileField[];
  asked?: number;
  /** Values given with "rundt", "ca.": confirmed before the next question. */
  confirm?: ProfileField[];
  /** School taken abroad: asked as "tilsvarende". */
  equivalent?: SchoolField[];
  /** The county question with these counties to choose from. */
  countyChoices?: { place: string; candidates: string[]; former: boolean };
}

type Mode = 'field' | 'confirm';

interface AnswerPromptOptions {
  field: ProfileField;
  mode: Mode;
}

const LOOP = 'guidance-loop';
const ANSWER_PROMPT = 'guidance-answer';
/** A safety stop: the rules never need more than this many answers. */
const MAX_QUESTIONS = 16;
/** Answers to one question the dialog could not read before it goes on without one. */
const MAX_UNCLEAR_ANSWERS = 3;

export class GuidanceDialog extends ComponentDialog {
  static readonly id = 'guidance';

  constructor(private readonly services: GuidanceServices) {
    super(GuidanceDialog.id);
    this.addDialog(new TextPrompt(ANSWER_PROMPT, answeringQuestions(services.answerQuestion, (p) => this.validate(p))));
    this.addDialog(new WaterfallDialog(LOOP, [this.askStep.bind(this), this.storeStep.bind(this)]));
    this.initialDialogId = LOOP;
  }

  /** Reads the opening message, keeps what it yields, and starts asking without the message. */
  protected async onBeginDialog(inner: DialogContext, options?: GuidanceOptions): Promise<DialogTurnResult> {
    const { text, ...rest } = options ?? {};
    const next: GuidanceOptions = { ...rest };
    if (text) {
      if (!isTextInAnyLanguage(text, (t) => t.menu.guidance)) await inner.context.sendActivity(textsFor(inner.context).guidance.opening);
      const understood = await this.services.readOpening(text);
      if (Object.keys(understood.profile).length > 0) {
        const profile = { ...(await this.services.profile.get(inner.context, {})), ...understood.profile };
        await this.services.profile.set(inner.context, profile);
        await inner.context.sendActivity(describeProfile(understood.profile, textsFor(inner.context)));
      }
      next.confirm = understood.hedged;
      next.equivalent = understood.abroadSchool;
      if (understood.ambiguousCounty) next.countyChoices = choicesOf(understood.ambiguousCounty);
    }
    return super.onBeginDialog(inner, next);
  }

  /** Asks what is still to settle: a hedged value, which county, or the next field the rules need. */
  private async askStep(step: WaterfallStepContext) {
    const options = step.options as GuidanceOptions;
    const texts = textsFor(step.context);
    const profile = await this.withDefaults(step.context);
    const confirm = (options.confirm ?? []).find((f) => profile[f] !== undefined);
    if (confirm) {
      return this.ask(step, { field: confirm, mode: 'confirm' }, (tx) => {
        const what = profilePhrases({ [confirm]: profile[confirm] } as Profile, tx).join(', ');
        const g = tx.guidance;
        return { ask: g.confirmHedged(what), retry: g.confirmHedged(what), suggestions: g.confirmSuggestions };
      });
    }
    if (options.countyChoices && profile.county === undefined) {
      const { place, candidates, former } = options.countyChoices;
      return this.ask(step, { field: 'county', mode: 'field' }, (tx) => {
        const g = tx.guidance;
        const ask = (former ? g.whichCountyFormer : g.whichCounty)(place, g.list(candidates));
        return { ask, retry: ask, suggestions: [...candidates, ...g.questions.county.suggestions.slice(-1)] };
      });
    }
    const assessment = this.services.assess(profile, languageOf(step.context));
    const field = this.services.nextQuestionField(assessment, options.skipped ?? []);
    if (!field || (options.asked ?? 0) >= MAX_QUESTIONS) {
      for (const activity of recommendationActivities(assessment, profile, this.services.cite, texts)) await step.context.sendActivity(activity);
      const first = assessment.paths.find((p) => p.recommended);
      if (first) await this.services.noteTopic(step.context, first.id);
      return step.endDialog(assessment);
    }
    const equivalent = (options.equivalent ?? []).find((f) => f === field);
    return this.ask(step, { field, mode: 'field' }, (tx) => (equivalent ? equivalentSchoolQuestion(equivalent, tx) : profileQuestion(field, profile, tx)));
  }

  /** Asks in the turn's language, and keeps the question in every language for asking it again after a question in another. */
  private async ask(step: WaterfallStepContext, validations: AnswerPromptOptions, questionIn: (texts: Texts) => ProfileQuestion) {
    Object.assign(step.values, validations);
    const question = questionIn(textsFor(step.context));
    return step.prompt(ANSWER_PROMPT, {
      prompt: withSuggestions(MessageFactory.text(question.ask), question.suggestions),
      retryPrompt: withSuggestions(MessageFactory.text(question.retry), question.suggestions),
      validations: {
        ...validations,
        ...inEveryLanguage((lang) => {
          const again = questionIn(textsIn(lang));
          return withSuggestions(MessageFactory.text(again.ask), again.suggestions);
        }),
      },
    });
  }

  /** Accepts an answer that says anything the dialog can use; answers "Hvorfor spør du om det?" and asks again. */
  private async validate(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const { field, mode } = prompt.options.validations as AnswerPromptOptions;
    const text = (prompt.recognized.value ?? '').trim();
    if (!prompt.recognized.succeeded || text === '') return false;
    const reading = readAnswer(this.services.understander, field, text);
    if (reading.asksWhy) {
      await prompt.context.sendActivity(this.why(field, await this.services.profile.get(prompt.context, {}), textsFor(prompt.context), languageOf(prompt.context)));
      const again = promptInTurnLanguage(prompt) ?? prompt.options.prompt;
      if (again) await prompt.context.sendActivity(again);
      return false;
    }
    // Asked again and again without an answer it can read, the person is not stuck: the question is left.
    if (askedInVain(prompt, MAX_UNCLEAR_ANSWERS)) return true;
    return understood(reading, mode);
  }

  /** Stores everything the answer says, says back what changed, and loops for the next question. */
  private async storeStep(step: WaterfallStepContext) {
    const options = step.options as GuidanceOptions;
    const { field, mode } = step.values as AnswerPromptOptions;
    const text = String(step.result ?? '');
    const reading = readAnswer(this.services.understander, field, text);
    const next: GuidanceOptions = { ...options, asked: (options.asked ?? 0) + 1 };
    const before = await this.services.profile.get(step.context, {});

    const t = textsFor(step.context).guidance;
    let profile: Profile = { ...before };

    if (!understood(reading, mode)) {
      next.skipped = [...(options.skipped ?? []), field];
      next.confirm = (options.confirm ?? []).filter((f) => f !== field);
      await step.context.sendActivity(t.leftUnanswered);
      return step.replaceDialog(LOOP, next);
    }
    // ("Skal jeg regne med det?" – "nei": the value is not to be counted on, not a new one: no "0 års praksis".)
    const rejected = mode === 'confirm' && reading.yes === false && (!reading.answered || plainNo(text));
    if (mode === 'confirm') {
      next.confirm = (options.confirm ?? []).filter((f) => f !== field);
      if (rejected) {
        delete profile[field];
        await step.context.sendActivity(t.hedgedRejected);
      }
    } else if (reading.dontKnow) {
      next.skipped = [...(options.skipped ?? []), field];
    }
    if (field === 'county' && (reading.profile.county !== undefined || reading.dontKnow)) delete next.countyChoices;

    const update = rejected || (mode === 'confirm' && reading.yes === true && !reading.answered) ? {} : reading.profile;
    profile = this.record(profile, update);
    await this.report(step.context, before, profile, Object.keys(update) as ProfileField[], field);
    await this.services.profile.set(step.context, profile);

    next.confirm = [...new Set([...(next.confirm ?? []), ...reading.hedged.filter((f) => f !== field || mode !== 'confirm')])];
    next.equivalent = [...new Set([...(options.equivalent ?? []), ...reading.abroadSchool])];
    if (reading.ambiguousCounty && profile.county === undefined) next.countyChoices = choicesOf(reading.ambiguousCounty);
    if (reading.vague) await step.context.sendActivity(t.practiceNeedsNumber);
    // A question asking for one's own options ("Hva kan jeg gjøre?") is what this dialog answers: it goes on.
    if (reading.question && detectIntent(reading.question) !== 'guidance') await answerQuestion(step.context, reading.question, this.services.answerQuestion);
    return step.replaceDialog(LOOP, next);
  }

  /**
   * The profile with the answer's values recorded the way the rules count them. Years and stilling
   * given together are already full-time years; either one alone goes through the rules, which
   * convert the years once both are known.
   */
  private record(profile: Profile, update: Profile): Profile {
    const { practiceYears, practicePercent, ...rest } = update;
    let out: Profile = { ...profile, ...rest };
    if (practiceYears !== undefined && practicePercent !== undefined) return { ...out, practiceYears, practicePercent };
    if (practiceYears !== undefined) out = this.services.recordAnswer(out, 'practiceYears', practiceYears);
    if (practicePercent !== undefined) out = this.services.recordAnswer(out, 'practicePercent', practicePercent);
    return out;
  }

  /** "Jeg har endret fylke fra Nordland til Trøndelag." and what else the answer told. */
  private async report(context: TurnContext, before: Profile, after: Profile, stated: readonly ProfileField[], asked: ProfileField): Promise<void> {
    const texts = textsFor(context);
    const t = texts.guidance;
    const changed: string[] = [];
    const extra: Profile = {};
    for (const key of stated) {
      const old = before[key];
      const value = after[key];
      if (value === undefined) continue;
      if (old !== undefined && JSON.stringify(old) !== JSON.stringify(value)) {
        changed.push(t.changed(t.fieldNames[key], valueText(key, old, t), valueText(key, value, t)));
      } else if (old === undefined && key !== asked) Object.assign(extra, { [key]: value });
    }
    for (const line of changed) await context.sendActivity(line);
    const phrases = profilePhrases(extra, texts);
    if (phrases.length > 0) await context.sendActivity(t.alsoNoted(phrases.join(', ')));
  }

  private why(field: ProfileField, profile: Profile, texts: Texts, lang: Lang): string {
    const t = texts.guidance;
    const reasons = this.services.whyWeAsk(field, profile, lang);
    if (reasons.length === 0) return t.whyNoRule;
    return [t.whyIntro, ...reasons.map((r) => t.whyReason(r.text, this.services.cite.markdown(r.citation)))].join('\n');
  }

  private async withDefaults(context: TurnContext): Promise<Profile> {
    const profile = await this.services.profile.get(context, {});
    if (!profile.county && this.services.defaultCounty) return { ...profile, county: this.services.defaultCounty };
    return profile;
  }
}

function choicesOf(ambiguous: AmbiguousCounty): NonNullable<GuidanceOptions['countyChoices']> {
  return { place: ambiguous.place, candidates: [...ambiguous.candidates], former: ambiguous.reason === 'former-county' };
}

/** A value as the bot says it back ("Nordland", "80 %", "ja"). */
function valueText(field: ProfileField, value: Profile[ProfileField], t: Texts['guidance']): string {
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  if (Array.isArray(value)) return value.join(', ');
  if (field === 'employmentPercent' || field === 'practicePercent') return `${String(value).replace('.', ',')} %`;
  if (value === 'now' && field === 'practiceUntil') return t.untilNow;
  if (value === 'past' && field === 'practiceUntil') return t.ended;
  return String(value).replace('.', ',');
}

/** Whether an answer says anything the dialog can use. */
function understood(reading: ReturnType<typeof readAnswer>, mode: Mode): boolean {
  if (mode === 'confirm') return reading.yes !== undefined || reading.answered || reading.dontKnow;
  return (
    reading.answered ||
    reading.dontKnow ||
    reading.vague ||
    reading.ambiguousCounty !== undefined ||
    reading.abroadSchool.length > 0 ||
    Object.keys(reading.profile).length > 0
  );
}

/** A "no" and little else, no number: "nei", "nei, det stemmer ikke", "no". */
function plainNo(text: string): boolean {
  return !/\d/u.test(text) && text.trim().split(/\s+/u).length <= PLAIN_NO_WORDS;
}
const PLAIN_NO_WORDS = 4;
