// Offers as cards (a carousel of hero cards), each with its provider, level, region, status and
// source; used by the course finder and after a recommendation ("Vis tilbudene").
import { ActionTypes, CardFactory, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import type { Offer } from '../src/catalogue/schema';
import type { CitationFormatter } from '../src/replies/citations';
import { withSuggestions } from '../src/replies/messages';
import { nb } from '../src/text/nb';
import type { Texts } from '../src/text/texts';

const MAX_CARDS = 8;
const afterOffers = (t: Texts) => [t.menu.courseFinder, t.menu.guidance, t.menu.question];

export async function sendOffers(context: TurnContext, offers: readonly Offer[], cite: CitationFormatter, t: Texts = nb): Promise<void> {
  if (offers.length === 0) {
    await context.sendActivity(withSuggestions(MessageFactory.text(t.courseFinder.noOffers), afterOffers(t)));
    return;
  }
  const shown = offers.slice(0, MAX_CARDS);
  const activity: Partial<Activity> = MessageFactory.carousel(
    shown.map((offer) => offerCard(offer, cite, t)),
    t.courseFinder.found(offers.length, shown.length),
  );
  await context.sendActivity(withSuggestions(activity, afterOffers(t)));
}

function offerCard(offer: Offer, cite: CitationFormatter, t: Texts) {
  const link = cite.href(offer.citation);
  const facts = [
    offer.provider,
    t.courseFinder.level[offer.level],
    offer.region,
    t.courseFinder.status[offer.status],
    offer.sourceYear ? t.courseFinder.sourceYear(offer.sourceYear) : undefined,
  ].filter(Boolean);
  return CardFactory.heroCard(
    offer.name,
    `${t.knowledge.sourceText(offer.description)}\n\n${facts.join(' · ')}\n\n${t.courseFinder.source(cite.label(offer.citation))}`,
    undefined,
    link ? [{ type: ActionTypes.OpenUrl, title: t.courseFinder.seeSource, value: link }] : [],
    { subtitle: t.courseFinder.forWhom(offer.targetGroup) },
  );
}
