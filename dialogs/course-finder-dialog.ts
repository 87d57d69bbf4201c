// Course finder: narrows the offers catalogue by topic, level, format and region, then shows the
// matching offers as cards, each with its source. The topic, level and format choices are the
// categories in knowledge/offers.json, plus "Alle …".
import { MessageFactory } from 'botbuilder';
import {
  ChoicePrompt,
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
import { nb } from '../src/text/nb';
import type { OfferFilter } from '../knowledge/rules/offers';
import { answeringQuestions, type AnswerQuestion } from './answer-in-prompt';
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
const REGION_SUGGESTIONS = [nb.courseFinder.wholeCountry, 'Trøndelag', 'Nordland', 'Vestland', 'Agder'];

/** A choice's label and the filter value it stands for (undefined: "Alle …", no filter). */
type Options<T> = ReadonlyMap<string, T | undefined>;

function options<C extends { label: string }, T>(categories: readonly C[], value: (c: C) => T, all: string): Options<T> {
  return new Map<string, T | undefined>([...categories.map((c): [string, T] => [c.label, value(c)]), [all, undefined]]);
}

type FinderValues = Omit<OfferFilter, 'region'>;
const valuesOf = (step: WaterfallStepContext) => step.values as FinderValues;
const chosen = <T>(step: WaterfallStepContext, from: Options<T>) => from.get((step.result as FoundChoice).value);

export class CourseFinderDialog extends ComponentDialog {
  static readonly id = 'course-finder';
  private readonly topics: Options<string>;
  private readonly levels: Options<readonly Offer['level'][]>;
  private readonly formats: Options<readonly Offer['format'][]>;

  constructor(private readonly services: CourseFinderServices) {
    super(CourseFinderDialog.id);
    const { topic, level, format } = services.offerCategories;
    this.topics = options(topic, (c) => c.topic, nb.courseFinder.allTopics);
    this.levels = options(level, (c) => c.levels, nb.courseFinder.allLevels);
    this.formats = options(format, (c) => c.formats, nb.courseFinder.allFormats);

    const choice = new ChoicePrompt(CHOICE, answeringQuestions(services.answerQuestion), 'nb-no');
    choice.style = ListStyle.suggestedAction;
    this.addDialog(choice);
    const validateRegion = async (prompt: PromptValidatorContext<string>) => this.regionOf(prompt.recognized.value ?? '') !== null;
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
    return choose(step, nb.courseFinder.topicPrompt, this.topics);
  }

  private async levelStep(step: WaterfallStepContext) {
    valuesOf(step).topic = chosen(step, this.topics);
    return choose(step, nb.courseFinder.levelPrompt, this.levels);
  }

  private async formatStep(step: WaterfallStepContext) {
    valuesOf(step).level = chosen(step, this.levels);
    return choose(step, nb.courseFinder.formatPrompt, this.formats);
  }

  private async regionStep(step: WaterfallStepContext) {
    valuesOf(step).format = chosen(step, this.formats);
    return step.prompt(REGION, {
      prompt: withSuggestions(MessageFactory.text(nb.courseFinder.regionPrompt), REGION_SUGGESTIONS),
      retryPrompt: withSuggestions(MessageFactory.text(nb.courseFinder.regionRetry), REGION_SUGGESTIONS),
    });
  }

  /** undefined: the whole country; null: not understood. */
  private regionOf(text: string): string | undefined | null {
    return isWholeCountry(text) ? undefined : (this.services.readCounty(text) ?? null);
  }

  private async resultStep(step: WaterfallStepContext) {
    const filter: OfferFilter = { ...valuesOf(step), region: this.regionOf(String(step.result)) ?? undefined };
    await sendOffers(step.context, this.services.findOffers(filter), this.services.cite);
    return step.endDialog(filter);
  }
}

async function choose<T>(step: WaterfallStepContext, text: string, from: Options<T>) {
  const labels = [...from.keys()];
  const all = labels[labels.length - 1];
  return step.prompt(CHOICE, {
    prompt: text,
    retryPrompt: nb.courseFinder.chooseOneOf(labels),
    choices: labels.map((value) => ({ value, synonyms: value === all ? [...nb.courseFinder.anyWords] : [] })),
  });
}

function isWholeCountry(text: string): boolean {
  const said = text.trim().toLowerCase();
  return nb.courseFinder.wholeCountryWords.some((w) => w === said);
}
