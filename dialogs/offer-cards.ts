// Offers as cards (a carousel of hero cards), each with its provider, level, region, status and
// source; used by the course finder and after a recommendation ("Vis tilbudene").
import { ActionTypes, CardFactory, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import type { Offer } from '../src/catalogue/schema';
import type { CitationFormatter } from '../src/replies/citations';
import { withSuggestions } from '../src/replies/messages';
import { nb } from '../src/text/nb';

const MAX_CARDS = 8;
const AFTER_OFFERS = [nb.menu.courseFinder, nb.menu.guidance, nb.menu.question];

export async function sendOffers(context: TurnContext, offers: readonly Offer[], cite: CitationFormatter): Promise<void> {
  if (offers.length === 0) {
    await context.sendActivity(withSuggestions(MessageFactory.text(nb.courseFinder.noOffers), AFTER_OFFERS));
    return;
  }
  const shown = offers.slice(0, MAX_CARDS);
  const activity: Partial<Activity> = MessageFactory.carousel(
    shown.map((offer) => offerCard(offer, cite)),
    nb.courseFinder.found(offers.length, shown.length),
  );
  await context.sendActivity(withSuggestions(activity, AFTER_OFFERS));
}

function offerCard(offer: Offer, cite: CitationFormatter) {
  const link = cite.href(offer.citation);
  const facts = [
    offer.provider,
    nb.courseFinder.level[offer.level],
    offer.region,
    nb.courseFinder.status[offer.status],
    offer.sourceYear ? nb.courseFinder.sourceYear(offer.sourceYear) : undefined,
  ].filter(Boolean);
  return CardFactory.heroCard(
    offer.name,
    `${offer.description}\n\n${facts.join(' · ')}\n\n${nb.courseFinder.source(cite.label(offer.citation))}`,
    undefined,
    link ? [{ type: ActionTypes.OpenUrl, title: nb.courseFinder.seeSource, value: link }] : [],
    { subtitle: nb.courseFinder.forWhom(offer.targetGroup) },
  );
}
