// What a message asks for. Pure functions of the text: the words decide, nothing is stored.
// - routeMessage: when no guided dialog is running. Most messages (a question, "hei", "hjelp") are
//   answered in the same turn; only guidance, the course finder and "slett mine data" start a dialog
//   that asks back.
// - routeInterruption: while a dialog runs, the few words that work anywhere; anything else is the
//   dialog's answer.
import { describesPerson, detectIntent, isQuestion, parseYesNo, type Intent } from '../src/nlu';
import { asksForOptions, isCaseNote, withoutOptionsAsked } from '../src/nlu/case-note';
import { isTextInAnyLanguage } from '../src/text';

export type Route =
  // Guided dialogs: these ask follow-up questions over several turns.
  | { kind: 'guidance'; text: string }
  // A counsellor's note about a candidate: the candidate assessment, with the note as the description.
  | { kind: 'candidate'; description: string }
  | { kind: 'courseFinder' }
  | { kind: 'deleteData' }
  // Answered in the same turn.
  | { kind: 'question'; question: string }
  | { kind: 'askForQuestion' }
  | { kind: 'showLastAssessment'; as: 'offers' | 'text' }
  | { kind: 'help' }
  | { kind: 'restart' }
  | { kind: 'thanks' }
  | { kind: 'acknowledge' }
  | { kind: 'menu' }
  | { kind: 'greeting' }
  | { kind: 'unclearYesNo' };

export type DialogRoute = Extract<Route, { kind: 'guidance' | 'candidate' | 'courseFinder' | 'deleteData' }>;

/** A message that states this many profile facts is treated as a request for guidance. */
const PROFILE_FACTS_FOR_GUIDANCE = 2;
/** A message this short that tells one fact about the writer and asks nothing opens the assessment too. */
const SHORT_TELLING_WORDS = 6;
/** "ja", "nei takk", "ja det" – a yes or no this short, with nothing asked, is not a question. */
const LONE_YES_NO_WORDS = 3;

/** `intent`: detectIntent() of the text, when the caller has it already. */
export function routeMessage(rawText: string, intent?: Intent): Route {
  const text = rawText.trim();
  // Button texts, in whichever language the buttons were shown.
  if (isTextInAnyLanguage(text, (t) => t.menu.question)) return { kind: 'askForQuestion' };
  if (isTextInAnyLanguage(text, (t) => t.recommendation.showOffers)) return { kind: 'showLastAssessment', as: 'offers' };
  if (isTextInAnyLanguage(text, (t) => t.recommendation.showAsText)) return { kind: 'showLastAssessment', as: 'text' };
  if (isTextInAnyLanguage(text, (t) => t.menu.guidance)) return { kind: 'guidance', text };
  if (isTextInAnyLanguage(text, (t) => t.menu.courseFinder)) return { kind: 'courseFinder' };

  // "kand. 34 år, 7 år lager, bor Namsos – alternativer?", "Bruker har AAP … Hva finnes?": a note that asks what the
  // candidate can do, or asks nothing, is assessed; one that asks about a route or rule ("FPJ mulig?") is answered.
  if (isCaseNote(text) && (asksForOptions(text) || !isQuestion(text))) return { kind: 'candidate', description: withoutOptionsAsked(text) };

  switch (intent ?? detectIntent(text)) {
    case 'deleteMyData':
      return { kind: 'deleteData' };
    case 'guidance':
      return { kind: 'guidance', text };
    case 'courseFinder':
      return { kind: 'courseFinder' };
    case 'help':
      return { kind: 'help' };
    case 'restart':
      return { kind: 'restart' };
    case 'thanks':
      return { kind: 'thanks' };
    case 'acknowledge':
      return { kind: 'acknowledge' };
    case 'greeting':
      return { kind: 'greeting' };
    case 'menu':
    case 'cancel':
      return { kind: 'menu' };
    case 'question':
      // Answered first, also when it tells about the person ("Jeg jobber 60 % … Holder det?"): the
      // answerer reads their situation from it and offers the guided assessment as the next step.
      return { kind: 'question', question: text };
    default: {
      // "jeg er 19", "bor i Bodø", "har ikke fagbrev": a short message that only tells one thing about oneself.
      if (text.trim().split(/\s+/u).length <= SHORT_TELLING_WORDS && describesPerson(text, 1)) return { kind: 'guidance', text };
      // Searching the reports for a lone "ja"/"nei" would only find noise.
      if (parseYesNo(text) !== undefined && text.split(/\s+/).length <= LONE_YES_NO_WORDS) return { kind: 'unclearYesNo' };
      if (describesPerson(text, PROFILE_FACTS_FOR_GUIDANCE)) return { kind: 'guidance', text };
      return { kind: 'question', question: text };
    }
  }
}

export function startsDialog(route: Route): route is DialogRoute {
  return route.kind === 'guidance' || route.kind === 'candidate' || route.kind === 'courseFinder' || route.kind === 'deleteData';
}

/** While a dialog runs: help (then the question again), leave it, or switch to what a menu button names. */
export type Interruption = Extract<Route, { kind: 'help' | 'restart' | 'menu' | 'deleteData' | 'guidance' | 'courseFinder' }> | { kind: 'cancel' };

/** `intent`: detectIntent() of the text, when the caller has it already. */
export function routeInterruption(rawText: string, intent?: Intent): Interruption | undefined {
  const text = rawText.trim();
  if (isTextInAnyLanguage(text, (t) => t.menu.guidance)) return { kind: 'guidance', text };
  if (isTextInAnyLanguage(text, (t) => t.menu.courseFinder)) return { kind: 'courseFinder' };
  switch (intent ?? detectIntent(text)) {
    case 'help':
      return { kind: 'help' };
    case 'cancel':
      return { kind: 'cancel' };
    case 'menu':
      return { kind: 'menu' };
    case 'restart':
      return { kind: 'restart' };
    case 'deleteMyData':
      return { kind: 'deleteData' };
    default:
      return undefined;
  }
}
