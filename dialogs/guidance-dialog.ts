// Guided assessment: fills the profile by asking only what the rules still need, one question at a
// time, then shows the recommended paths. Free text like "6 år som operatør, 80 % stilling, bor i
// Trøndelag" is understood up front, so the person is only asked for what is still missing.
import { MessageFactory, type StatePropertyAccessor } from 'botbuilder';
import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { Assessment, Profile, ProfileField } from '../src/catalogue/schema';
import { countyClarification, extractProfile, matchCounty } from '../src/nlu';
import type { CitationFormatter } from '../src/replies/citations';
import { withSuggestions } from '../src/replies/messages';
import { describeProfile } from '../src/text/profile-summary';
import { textsFor } from '../src/text/turn-language';
import { answeringQuestions, type AnswerQuestion } from './answer-in-prompt';
import { PROFILE_QUESTIONS, isDontKnow } from './profile-questions';
import { recommendationActivities } from './recommendation-card';

export interface GuidanceServices {
  /** The guidance profile, kept in user state. */
  profile: StatePropertyAccessor<Profile>;
  assess(profile: Profile): Assessment;
  /** The profile with one answer recorded the way the rules count it (practice as full-time years). */
  recordAnswer(profile: Profile, field: ProfileField, value: Profile[ProfileField]): Profile;
  nextQuestionField(assessment: Assessment, skip: readonly ProfileField[]): ProfileField | undefined;
  cite: CitationFormatter;
  answerQuestion: AnswerQuestion;
  /** Assumed when the person does not say (DEFAULT_COUNTY). */
  defaultCounty?: string;
}

export interface GuidanceOptions {
  /** The message that started the guidance; mined for profile facts. */
  text?: string;
  /** Fields the person answered "vet ikke" to: not asked again. */
  skipped?: ProfileField[];
  asked?: number;
}

interface AskedValues {
  field: ProfileField;
}

interface AnswerPromptOptions {
  field: ProfileField;
}

const LOOP = 'guidance-loop';
const ANSWER_PROMPT = 'guidance-answer';
/** A safety stop: the rules never need more than this many answers. */
const MAX_QUESTIONS = 12;

export class GuidanceDialog extends ComponentDialog {
  static readonly id = 'guidance';

  constructor(private readonly services: GuidanceServices) {
    super(GuidanceDialog.id);
    this.addDialog(new TextPrompt(ANSWER_PROMPT, answeringQuestions(services.answerQuestion, validateAnswer)));
    this.addDialog(
      new WaterfallDialog(LOOP, [this.understandStep.bind(this), this.askStep.bind(this), this.storeStep.bind(this)]),
    );
    this.initialDialogId = LOOP;
  }

  /** Takes what the opening message already says, and confirms it. */
  private async understandStep(step: WaterfallStepContext) {
    const options = step.options as GuidanceOptions;
    if (options.text) {
      const understood = extractProfile(options.text);
      if (Object.keys(understood).length > 0) {
        const profile = { ...(await this.services.profile.get(step.context, {})), ...understood };
        await this.services.profile.set(step.context, profile);
        await step.context.sendActivity(describeProfile(understood, textsFor(step.context)));
      }
    }
    return step.next();
  }

  /** Asks for the next field the rules report missing, or shows the recommendation. */
  private async askStep(step: WaterfallStepContext) {
    const options = step.options as GuidanceOptions;
    const profile = await this.withDefaults(step);
    const assessment = this.services.assess(profile);
    const field = this.services.nextQuestionField(assessment, options.skipped ?? []);

    if (!field || (options.asked ?? 0) >= MAX_QUESTIONS) {
      for (const activity of recommendationActivities(assessment, profile, this.services.cite, textsFor(step.context))) {
        await step.context.sendActivity(activity);
      }
      return step.endDialog(assessment);
    }

    (step.values as AskedValues).field = field;
    const t = textsFor(step.context);
    const question = t.guidance.questions[field];
    const { ask, suggestions } = PROFILE_QUESTIONS[field].personalised?.(profile, t) ?? question;
    const promptOptions: AnswerPromptOptions = { field };
    return step.prompt(ANSWER_PROMPT, {
      prompt: withSuggestions(MessageFactory.text(ask), suggestions),
      retryPrompt: withSuggestions(MessageFactory.text(question.retry), suggestions),
      validations: promptOptions,
    });
  }

  /** Stores the validated answer and loops back for the next question. */
  private async storeStep(step: WaterfallStepContext) {
    const options = step.options as GuidanceOptions;
    const { field } = step.values as AskedValues;
    const text = String(step.result ?? '');
    const skipped = [...(options.skipped ?? [])];
    if (isDontKnow(text)) {
      skipped.push(field);
    } else {
      const current = await this.services.profile.get(step.context, {});
      const profile = this.services.recordAnswer(current, field, PROFILE_QUESTIONS[field].parse(text));
      await this.services.profile.set(step.context, profile);
    }
    const next: GuidanceOptions = { skipped, asked: (options.asked ?? 0) + 1 };
    return step.replaceDialog(LOOP, next);
  }

  private async withDefaults(step: WaterfallStepContext): Promise<Profile> {
    const profile = await this.services.profile.get(step.context, {});
    if (!profile.county && this.services.defaultCounty) return { ...profile, county: this.services.defaultCounty };
    return profile;
  }
}

/** Accepts a parsable answer or "vet ikke"; for a former county that is now several, asks which. */
async function validateAnswer(prompt: PromptValidatorContext<string>): Promise<boolean> {
  const { field } = prompt.options.validations as AnswerPromptOptions;
  const text = (prompt.recognized.value ?? '').trim();
  if (!prompt.recognized.succeeded || text === '') return false;
  if (isDontKnow(text)) return true;
  if (PROFILE_QUESTIONS[field].parse(text) !== undefined) return true;
  if (field === 'county') {
    const county = matchCounty(text);
    if (county.kind === 'ambiguous') {
      // "Viken" and other old names: ask which of today's counties, instead of the generic retry.
      await prompt.context.sendActivity(countyClarification(county));
    }
  }
  return false;
}
