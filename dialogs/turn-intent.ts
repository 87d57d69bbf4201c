// The intent of the turn's message, detected once per turn: the router, a prompt's recogniser and the
// prompt's validator all ask for it (three times for a question typed at a choice prompt). Kept in
// the turn's state, so it goes with the turn.
import type { TurnContext } from 'botbuilder';
import { detectIntent, type Intent } from '../src/nlu';

const TURN_INTENT = Symbol('veiviser.turnIntent');

interface Detected {
  text: string;
  intent: Intent;
}

/** detectIntent() of the turn's message text, worked out on the first call of the turn. */
export function turnIntent(context: TurnContext): Intent {
  const text = context.activity.text ?? '';
  const known = context.turnState.get(TURN_INTENT) as Detected | undefined;
  if (known?.text === text) return known.intent;
  const detected: Detected = { text, intent: detectIntent(text) };
  context.turnState.set(TURN_INTENT, detected);
  return detected.intent;
}
