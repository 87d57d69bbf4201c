// The guidance dialog's questions: one per profile field, with the parser that validates the answer.
// A parser returns undefined for an answer it cannot understand; the dialog then asks again.
import type { Profile, ProfileField } from '../src/catalogue/schema';
import { parseAge, parseCounty, parsePercent, parseYears, parseYesNo, parseInterests, parseTrade } from '../src/nlu';

export interface ProfileQuestion {
  ask: string;
  retry: string;
  suggestions: string[];
  parse(text: string): Profile[ProfileField] | undefined;
}

const YES_NO = ['Ja', 'Nei', 'Vet ikke'];

export const PROFILE_QUESTIONS: Record<ProfileField, ProfileQuestion> = {
  county: {
    ask: 'Hvilket fylke bor eller jobber du i?',
    retry: 'Jeg kjente ikke igjen fylket. Skriv navnet på fylket, for eksempel «Trøndelag» eller «Nordland».',
    suggestions: ['Trøndelag', 'Nordland', 'Vestland', 'Agder', 'Vet ikke'],
    parse: parseCounty,
  },
  employed: {
    ask: 'Er du i jobb nå?',
    retry: 'Svar «ja» eller «nei»: er du i jobb nå?',
    suggestions: YES_NO,
    parse: parseYesNo,
  },
  employmentPercent: {
    ask: 'Hvor stor stilling har du, i prosent?',
    retry: 'Skriv stillingsprosenten som et tall, for eksempel «80 %» eller «100».',
    suggestions: ['100 %', '80 %', '50 %', 'Vet ikke'],
    parse: parsePercent,
  },
  practiceYears: {
    ask: 'Hvor mange års praksis har du i faget du vil ta fagbrev i? Deltid regnes om til heltid.',
    retry: 'Skriv antall år, for eksempel «6 år» eller «2,5».',
    suggestions: ['Et halvt år', '1 år', '3 år', '5 år', 'Vet ikke'],
    parse: parseYears,
  },
  hasTradeCertificate: {
    ask: 'Har du fag- eller svennebrev fra før?',
    retry: 'Svar «ja» eller «nei»: har du fag- eller svennebrev?',
    suggestions: YES_NO,
    parse: parseYesNo,
  },
  completedPrimarySchool: {
    ask: 'Har du fullført grunnskolen eller tilsvarende?',
    retry: 'Svar «ja» eller «nei»: har du fullført grunnskolen?',
    suggestions: YES_NO,
    parse: parseYesNo,
  },
  completedUpperSecondary: {
    ask: 'Har du fullført og bestått videregående opplæring?',
    retry: 'Svar «ja» eller «nei»: har du fullført videregående?',
    suggestions: YES_NO,
    parse: parseYesNo,
  },
  navJobSeeker: {
    ask: 'Er du registrert som arbeidssøker hos NAV?',
    retry: 'Svar «ja» eller «nei»: er du registrert som arbeidssøker hos NAV?',
    suggestions: YES_NO,
    parse: parseYesNo,
  },
  age: {
    ask: 'Hvor gammel er du?',
    retry: 'Skriv alderen din som et tall, for eksempel «34».',
    suggestions: ['Vet ikke'],
    parse: parseAge,
  },
  trade: {
    ask: 'Hvilket fag vil du ta fagbrev i? For eksempel kjemiprosessfaget, industrimekanikerfaget eller elektrikerfaget.',
    retry: 'Skriv navnet på faget, for eksempel «kjemiprosessfaget».',
    suggestions: ['Kjemiprosessfaget', 'Industrimekanikerfaget', 'Vet ikke'],
    parse: parseTrade,
  },
  interests: {
    ask: 'Hva er du interessert i å lære mer om?',
    retry: 'Velg et tema, for eksempel «batteri» eller «prosessindustri».',
    suggestions: ['Batteri', 'Prosessindustri', 'Kjemiprosess', 'Vet ikke'],
    parse: parseInterests,
  },
};

const DONT_KNOW = /^(vet ikke|vet ikkje|usikker|aner ikke|hopp over|ingen anelse|ikke sikker)\b/i;

/** "Vet ikke" is an answer too: the dialog stops asking about that field. */
export function isDontKnow(text: string): boolean {
  return DONT_KNOW.test(text.trim());
}
