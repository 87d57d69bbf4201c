// Replies the bot and the dialogs share: welcome, menu and help with their buttons, and the helpers
// that put buttons (suggested actions) on an activity. The wording is in src/text/ (nb.ts, en.ts);
// callers pass the conversation's catalogue (textsFor(context)), bokmål when they do not.
import { ActionTypes, MessageFactory, type Activity, type CardAction } from 'botbuilder';
import { nb } from '../text/nb';
import type { Texts } from '../text/texts';

export function imBack(title: string, value: string = title): CardAction {
  return { type: ActionTypes.ImBack, title, value };
}

export function withSuggestions(activity: Partial<Activity>, titles: readonly string[]): Partial<Activity> {
  return { ...activity, suggestedActions: { to: [], actions: titles.map((t) => imBack(t)) } };
}

/** The main menu, with the button that switches to the other language last. */
export function menuActions(t: Texts = nb): string[] {
  return [t.menu.guidance, t.menu.courseFinder, t.menu.question, t.menu.help, t.language.switchButton];
}

export function welcomeMessage(botName: string, t: Texts = nb): Partial<Activity> {
  return withSuggestions(MessageFactory.text(t.welcome(botName)), menuActions(t));
}

export function menuMessage(intro?: string, t: Texts = nb): Partial<Activity> {
  return withSuggestions(MessageFactory.text(intro ?? t.menuIntro), menuActions(t));
}

export function helpMessage(t: Texts = nb): Partial<Activity> {
  return withSuggestions(MessageFactory.text(t.help), menuActions(t));
}
