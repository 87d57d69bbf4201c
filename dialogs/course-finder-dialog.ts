// Course finder: narrows the offers catalogue by interest, level, format and region, then shows the
// matching offers as cards, each with its source.
import { ActionTypes, CardFactory, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
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
import type { Offer } from '../src/catalogue/schema';
import { detectIntent, parseCounty } from '../src/nlu';
import { answerThenAskAgain } from './answer-question';
import { MENU, withSuggestions } from './replies';
import type { DialogServices, OfferFilter } from './services';

const STEPS = 'course-finder-steps';
const CHOICE = 'course-finder-choice';
const REGION = 'course-finder-region';
const MAX_CARDS = 8;

const TOPICS: Record<string, string | undefined> = {
  Batteri: 'batteri',
  Prosessindustri: 'prosessindustri',
  Kjemiprosess: 'kjemiprosess',
  'Alle tema': undefined,
};
const LEVELS: Record<string, Offer['level'][] | undefined> = {
  Fagskole: ['fagskole'],
  'Videregående / fagbrev': ['vgs', 'fagbrev'],
  Kurs: ['kurs'],
  'Alle nivåer': undefined,
};
const FORMATS: Record<string, Offer['format'] | undefined> = {
  'Nett og samlinger': 'nett-og-samling',
  'På stedet': 'stedlig',
  'På arbeidsplassen': 'arbeidsplass',
  'Alle former': undefined,
};
const LEVEL_LABEL: Record<Offer['level'], string> = {
  grunnskole: 'Grunnskole',
  vgs: 'Videregående',
  fagbrev: 'Fagbrev',
  fagskole: 'Fagskole',
  hoyere: 'Høyere utdanning',
  kurs: 'Kurs',
};
const STATUS_LABEL: Record<Offer['status'], string> = {
  active: 'Tilbys',
  pilot: 'Pilot',
  proposed: 'Foreslått – ikke startet',
  ended: 'Avsluttet',
};

type FinderValues = Omit<OfferFilter, 'region'>;
const valuesOf = (step: WaterfallStepContext) => step.values as FinderValues;

export class CourseFinderDialog extends ComponentDialog {
  static readonly id = 'course-finder';

  constructor(private readonly services: DialogServices) {
    super(CourseFinderDialog.id);
    const choice = new ChoicePrompt(CHOICE, this.answerQuestionsInstead.bind(this), 'nb-no');
    choice.style = ListStyle.suggestedAction;
    this.addDialog(choice);
    this.addDialog(new TextPrompt(REGION, this.validateRegion.bind(this)));
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
    return this.choose(step, 'Hvilket tema er du interessert i?', TOPICS);
  }

  private async levelStep(step: WaterfallStepContext) {
    valuesOf(step).topic = TOPICS[(step.result as FoundChoice).value];
    return this.choose(step, 'Hvilket nivå?', LEVELS);
  }

  private async formatStep(step: WaterfallStepContext) {
    valuesOf(step).level = LEVELS[(step.result as FoundChoice).value];
    return this.choose(step, 'Hvordan vil du helst lære?', FORMATS);
  }

  private async regionStep(step: WaterfallStepContext) {
    valuesOf(step).format = FORMATS[(step.result as FoundChoice).value];
    const suggestions = ['Hele landet', 'Trøndelag', 'Nordland', 'Vestland', 'Agder'];
    return step.prompt(REGION, {
      prompt: withSuggestions(MessageFactory.text('Hvilket fylke? Skriv fylket, eller «hele landet».'), suggestions),
      retryPrompt: withSuggestions(MessageFactory.text('Jeg kjente ikke igjen fylket. Skriv for eksempel «Nordland» eller «hele landet».'), suggestions),
    });
  }

  private async resultStep(step: WaterfallStepContext) {
    const filter: OfferFilter = { ...valuesOf(step), region: regionOf(String(step.result)) };
    await sendOffers(step.context, this.services.findOffers(filter), this.services);
    return step.endDialog(filter);
  }

  private async choose(step: WaterfallStepContext, text: string, options: Record<string, unknown>) {
    return step.prompt(CHOICE, {
      prompt: text,
      retryPrompt: `Velg et av alternativene: ${Object.keys(options).join(', ')}.`,
      choices: Object.keys(options).map((value) => ({
        value,
        synonyms: value.startsWith('Alle') ? ['alle', 'alt', 'uansett', 'spiller ingen rolle'] : [],
      })),
    });
  }

  private async answerQuestionsInstead(prompt: PromptValidatorContext<FoundChoice>): Promise<boolean> {
    if (prompt.recognized.succeeded) return true;
    const text = prompt.context.activity.text ?? '';
    if (detectIntent(text) === 'question') await answerThenAskAgain(prompt, this.services);
    return false;
  }

  private async validateRegion(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    return isWholeCountry(text) || parseCounty(text) !== undefined;
  }
}

function isWholeCountry(text: string): boolean {
  return /^(hele landet|alle|overalt|hele norge|norge|nett|spiller ingen rolle)$/i.test(text.trim());
}

function regionOf(text: string): string | undefined {
  return isWholeCountry(text) ? undefined : parseCounty(text);
}

export async function sendOffers(context: TurnContext, offers: Offer[], services: DialogServices): Promise<void> {
  if (offers.length === 0) {
    await context.sendActivity(
      withSuggestions(
        MessageFactory.text(
          'Jeg fant ingen tilbud med disse valgene i kunnskapsgrunnlaget mitt. Karrieresenteret i fylket ditt, fylkeskommunen eller NAV kan vite om flere.',
        ),
        [MENU.courseFinder, MENU.guidance, MENU.question],
      ),
    );
    return;
  }
  const shown = offers.slice(0, MAX_CARDS);
  const cards = shown.map((offer) => offerCard(offer, services));
  const intro =
    offers.length > shown.length
      ? `Jeg fant ${offers.length} tilbud. Her er de ${shown.length} første:`
      : `Jeg fant ${offers.length} tilbud:`;
  const activity: Partial<Activity> = MessageFactory.carousel(cards, intro);
  await context.sendActivity(withSuggestions(activity, [MENU.courseFinder, MENU.guidance, MENU.question]));
}

function offerCard(offer: Offer, services: DialogServices) {
  const link = services.cite.href(offer.citation);
  const facts = [
    offer.provider,
    LEVEL_LABEL[offer.level],
    offer.region,
    STATUS_LABEL[offer.status],
    offer.sourceYear ? `kilde fra ${offer.sourceYear}` : undefined,
  ].filter(Boolean);
  return CardFactory.heroCard(
    offer.name,
    `${offer.description}\n\n${facts.join(' · ')}\n\nKilde: ${services.cite.label(offer.citation)}`,
    undefined,
    link ? [{ type: ActionTypes.OpenUrl, title: 'Se kilden', value: link }] : [],
    { subtitle: `For: ${offer.targetGroup}` },
  );
}
