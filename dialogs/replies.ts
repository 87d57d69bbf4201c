// Fixed wording the dialogs share: welcome, menu, help. Norwegian bokmål.
import { ActionTypes, MessageFactory, type Activity, type CardAction } from 'botbuilder';

/** Texts the menu buttons send; the router recognises them through detectIntent. */
export const MENU = {
  guidance: 'Finn min vei til fagbrev',
  courseFinder: 'Finn kurs og tilbud',
  question: 'Still et spørsmål',
  help: 'Hjelp',
} as const;

/** Follow-ups after a recommendation. */
export const SHOW_OFFERS = 'Vis tilbudene';
export const SHOW_AS_TEXT = 'Vis vurderingen som tekst';

export function imBack(title: string, value: string = title): CardAction {
  return { type: ActionTypes.ImBack, title, value };
}

export function withSuggestions(activity: Partial<Activity>, titles: readonly string[]): Partial<Activity> {
  return { ...activity, suggestedActions: { to: [], actions: titles.map((t) => imBack(t)) } };
}

const MENU_ACTIONS = [MENU.guidance, MENU.courseFinder, MENU.question, MENU.help];

export function welcomeMessage(botName: string): Partial<Activity> {
  return withSuggestions(
    MessageFactory.text(
      `Hei, jeg er ${botName} – en digital veileder for voksne som vil ta fagbrev eller mer utdanning.\n\n` +
        'Jeg kan:\n' +
        '- finne ut hvilke veier til fag- eller svennebrev som passer deg (fagbrev på jobb, praksiskandidat, lærling, voksenopplæring, Trøndelagsmodellen, fagskole)\n' +
        '- finne kurs og studietilbud, også innen batteri og prosessindustri\n' +
        '- svare på spørsmål, alltid med kilde\n\n' +
        'Ikke skriv fødselsnummer eller helseopplysninger her. Skriv «slett mine data» når du vil at jeg skal glemme samtalen.',
    ),
    MENU_ACTIONS,
  );
}

export function menuMessage(intro = 'Hva vil du gjøre nå?'): Partial<Activity> {
  return withSuggestions(MessageFactory.text(intro), MENU_ACTIONS);
}

export const RESTARTED = 'Greit, vi starter på nytt. Hva vil du gjøre?';

export function helpMessage(): Partial<Activity> {
  return withSuggestions(
    MessageFactory.text(
      'Slik bruker du meg:\n' +
        `- «${MENU.guidance}»: jeg stiller noen korte spørsmål og anbefaler veier til fagbrev, med regelen og kilden bak.\n` +
        `- «${MENU.courseFinder}»: filtrer kurs og tilbud etter interesse, nivå, form og fylke.\n` +
        '- Skriv et spørsmål med egne ord, for eksempel «Hva er Batterifagskolen?».\n' +
        '- «avbryt» stopper det vi holder på med, «start på nytt» nullstiller, «slett mine data» sletter alt jeg har lagret om deg.\n\n' +
        'Reglene varierer mellom fylkene. Bekreft alltid med fylkeskommunen, karrieresenteret eller NAV før du tar en beslutning.',
    ),
    MENU_ACTIONS,
  );
}

export const TOO_LONG = (chars: number) =>
  `Meldingen din er veldig lang (${chars} tegn), så jeg har ikke lest den. Skriv et kortere spørsmål, gjerne under 1000 tegn.`;

export const EMPTY_MESSAGE = 'Jeg fikk en tom melding. Skriv et spørsmål, eller velg noe fra menyen.';

export const STATE_UNAVAILABLE = 'Beklager, jeg får ikke lagret samtalen akkurat nå – prøv igjen om litt.';

export const GENERIC_ERROR =
  'Beklager, noe gikk galt hos meg. Prøv igjen, eller skriv «start på nytt». Haster det, kontakt karrieresenteret i fylket ditt eller NAV.';
