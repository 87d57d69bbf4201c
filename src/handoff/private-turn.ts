// A turn that must not be kept in the hand-off transcript: counsellor mode describes a candidate, who
// is not the person in the conversation, and nothing about them is stored.
import type { TurnContext } from 'botbuilder';

const PRIVATE_TURN = Symbol('veiviser.privateTurn');

export function keepOutOfTranscript(context: TurnContext): void {
  context.turnState.set(PRIVATE_TURN, true);
}

export function isKeptOutOfTranscript(context: TurnContext): boolean {
  return context.turnState.get(PRIVATE_TURN) === true;
}
