// Course finder: narrows the offers catalogue by topic, level, format and region, then shows the
// matching offers as cards, each with its source. The topic, level and format choices are the
// categories in knowledge/offers.json, plus "Alle …".
import { MessageFactory } from 'botbuilder';
import {
  ComponentDialog,
  ListStyle,
  TextPrompt,
  WaterfallDialog,
  type FoundChoice,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { OfferCategories } from '../src/catalogue/input-schemas';
import type { Offer } from '../src/catalogue/schema';
import type { CitationFormatter } from '../src/replies/citations';
import { withSuggestions } from '../src/replies/messages';
import { LANGS, texts, wordsInAnyLanguage, type Lang, type Texts } from '../src/text';
import { languageOf } from '../src/text/turn-language';
import type { OfferFilter } from '../knowledge/rules/offers';
import { answeringQuestions, askedInVain, ChoicePromptAnsweringQuestions, inEveryLanguage, type AnswerQuestion } from './answer-in-prompt';
import { sendOffers } from './offer-cards';

export interface CourseFinderServices {
  findOffers(filter: OfferFilter): Offer[];
  offerCategories: OfferCategories;
  cite: CitationFormatter;
  answerQuestion: AnswerQuestion;
  /** The county a short answer names ("Namsos", "i Bodø"), or undefined. */
  readCounty(text: string): string | undefined;
}

const STEPS = 'course-finder-steps';
const CHOICE = 'course-finder-choice';
const REGION = 'course-finder-region';
/** Answers to one choice the finder could not read before it takes them all (no filter) and goes on. */
const MAX_UNCLEAR_CHOICES = 3;
const regionSuggestions = (t: Texts) => [t.courseFinder.wholeCountry, 'Trøndelag', 'Nordland', 'Vestland', 'Agder'];

/** A choice's label and the filter value it stands for (undefined: "Alle …", no filter). */
type Options<T> = ReadonlyMap<string, T | undefined>;
/** Other words people type for each choice ("battery" for Batteri), by label in every language. */
type ChoiceWords = ReadonlyMap<string, readonly string[]>;
/** The same choices in every language. */
type OptionsByLang<T> = Record<Lang, Options<T>>;

function choiceWords(categories: readonly { label: string; words: readonly string[] }[]): ChoiceWords {
  return new Map(categories.flatMap((c) => LANGS.map((lang): [string, readonly string[]] => [texts(lang).knowledge.categoryLabel(c.label), c.words])));
}

function options<C extends { label: string }, T>(categories: readonly C[], value: (c: C) => T, all: (t: Texts) => string): OptionsByLang<T> {
  const inLanguage = (t: Texts): Options<T> =>
    new Map<string, T | undefined>([...categories.map((c): [string, T] => [t.knowledge.categoryLabel(c.label), value(c)]), [all(t), undefined]]);
  return Object.fromEntries(LANGS.map((lang) => [lang, inLanguage(texts(lang))])) as OptionsByLang<T>;
}

type FinderValues = Omit<OfferFilter, 'region'>;
const valuesOf = (step: WaterfallStepContext) => step.values as FinderValues;
/** The value of the chosen label, whichever language the choices were offered in. */
const chosen = <T>(step: WaterfallStepContext, from: OptionsByLang<T>) => {
  // (No choice: taken as "Alle …" after answers it could not read.)
  const label = (step.result as FoundChoice | undefined)?.value;
  if (label === undefined) return undefined;
  return LANGS.map((lang) => from[lang]).find((o) => o.has(label))?.get(label);
};

export class CourseFinderDialog extends ComponentDialog {
  static readonly id = 'course-finder';
  private readonly topics: OptionsByLang<string>;
  private readonly levels: OptionsByLang<readonly Offer['level'][]>;
  private readonly formats: OptionsByLang<readonly Offer['format'][]>;
  private readonly words: ChoiceWords;

  constructor(private readonly services: CourseFinderServices) {
    super(CourseFinderDialog.id);
    const { topic, level, format } = services.offerCategories;
    this.topics = options(topic, (c) => c.topic, (t) => t.courseFinder.allTopics);
    this.levels = options(level, (c) => c.levels, (t) => t.courseFinder.allLevels);
    this.formats = options(format, (c) => c.formats, (t) => t.courseFinder.allFormats);
    this.words = choiceWords([...topic, ...level, ...format]);

    const choice = new ChoicePromptAnsweringQuestions(CHOICE, services.answerQuestion, 'nb-no', takeAllAfterUnclear);
    choice.style = ListStyle.suggestedAction;
    this.addDialog(choice);
    const validateRegion = async (prompt: PromptValidatorContext<string>) => {
      if (this.regionOf(prompt.recognized.value ?? '') !== null) return true;
      // As for the choices: after answers it could not read, the whole country.
      if (!askedInVain(prompt, MAX_UNCLEAR_CHOICES)) return false;
      await prompt.context.sendActivity(texts(languageOf(prompt.context)).courseFinder.tookWholeCountry);
      return true;
    };
    this.addDialog(new TextPrompt(REGION, answeringQuestions(services.answerQuestion, validateRegion)));
    this.addDialog(
      new WaterfallDialog(STEPS, [
        this.topicStep.bind(this),
        this.levelStep.bind(this),
        this.formatStep.bind(this),
        this.regionStep.bind(this),
        this.resultStep.bind(this),
      ]),
    );
    this.initialDialogId = STEPS;
  }

  private async topicStep(step: WaterfallStepContext) {
    return choose(step, (t) => t.courseFinder.topicPrompt, this.topics, this.words);
  }

  private async levelStep(step: WaterfallStepContext) {
    valuesOf(step).topic = chosen(step, this.topics);
    return choose(step, (t) => t.courseFinder.levelPrompt, this.levels, this.words);
  }

  private async formatStep(step: WaterfallStepContext) {
    valuesOf(step).level = chosen(step, this.levels);
    return choose(step, (t) => t.courseFinder.formatPrompt, this.formats, this.words);
  }

  private async regionStep(step: WaterfallStepContext) {
    valuesOf(step).format = chosen(step, this.formats);
    const t = texts(languageOf(step.context));
    return step.prompt(REGION, {
      prompt: withSuggestions(MessageFactory.text(t.courseFinder.regionPrompt), regionSuggestions(t)),
      retryPrompt: withSuggestions(MessageFactory.text(t.courseFinder.regionRetry), regionSuggestions(t)),
      validations: inEveryLanguage((l) => withSuggestions(MessageFactory.text(texts(l).courseFinder.regionPrompt), regionSuggestions(texts(l)))),
    });
  }

  /** undefined: the whole country; null: not understood. */
  private regionOf(text: string): string | undefined | null {
    return isWholeCountry(text) ? undefined : (this.services.readCounty(text) ?? null);
  }

  private async resultStep(step: WaterfallStepContext) {
    const filter: OfferFilter = { ...valuesOf(step), region: this.regionOf(String(step.result)) ?? undefined };
    await sendOffers(step.context, this.services.findOffers(filter), this.services.cite, texts(languageOf(step.context)));
    return step.endDialog(filter);
  }
}

/**
 * Offers the choices in the conversation's language. A question in another language at the prompt switches the
 * conversation, and the prompt is asked again in it (inEveryLanguage), so each choice is also known by its label in
 * every other language.
 */
async function choose<T>(step: WaterfallStepContext, text: (t: Texts) => string, from: OptionsByLang<T>, words: ChoiceWords) {
  const lang = languageOf(step.context);
  const t = texts(lang);
  const labelsIn = (l: Lang) => [...from[l].keys()];
  const labels = labelsIn(lang);
  const all = labels.length - 1;
  const others = LANGS.filter((l) => l !== lang).map(labelsIn);
  const othersAt = (i: number) => others.map((o) => o[i]);
  return step.prompt(CHOICE, {
    prompt: text(t),
    retryPrompt: t.courseFinder.chooseOneOf(labels),
    choices: labels.map((value, i) => ({ value, synonyms: [...othersAt(i), ...(words.get(value) ?? []), ...(i === all ? wordsInAnyLanguage((tl) => [...tl.courseFinder.anyWords]) : [])] })),
    validations: inEveryLanguage((l) => withSuggestions(MessageFactory.text(text(texts(l))), labelsIn(l))),
  });
}

/** Asked again and again without a choice it can read, the person is not stuck: all of them are taken, and it says so. */
async function takeAllAfterUnclear(prompt: PromptValidatorContext<FoundChoice>): Promise<boolean> {
  if (prompt.recognized.succeeded) return true;
  if (!askedInVain(prompt, MAX_UNCLEAR_CHOICES)) return false;
  await prompt.context.sendActivity(texts(languageOf(prompt.context)).courseFinder.tookAll);
  return true;
}

function isWholeCountry(text: string): boolean {
  const said = text.trim().toLowerCase();
  return wordsInAnyLanguage((t) => [...t.courseFinder.wholeCountryWords, t.courseFinder.wholeCountry.toLowerCase()]).some((w) => w === said);
}
