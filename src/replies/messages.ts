// Replies the bot and the dialogs share: welcome, menu and help with their buttons, and the helpers
// that put buttons (suggested actions) on an activity. The wording is in src/text/nb.ts.
import { ActionTypes, MessageFactory, type Activity, type CardAction } from 'botbuilder';
import { nb } from '../text/nb';

export function imBack(title: string, value: string = title): CardAction {
  return { type: ActionTypes.ImBack, title, value };
}

export function withSuggestions(activity: Partial<Activity>, titles: readonly string[]): Partial<Activity> {
  return { ...activity, suggestedActions: { to: [], actions: titles.map((t) => imBack(t)) } };
}

const MENU_ACTIONS = [nb.menu.guidance, nb.menu.courseFinder, nb.menu.question, nb.menu.help];

export function welcomeMessage(botName: string): Partial<Activity> {
  return withSuggestions(MessageFactory.text(nb.welcome(botName)), MENU_ACTIONS);
}

export function menuMessage(intro: string = nb.menuIntro): Partial<Activity> {
  return withSuggestions(MessageFactory.text(intro), MENU_ACTIONS);
}

export function helpMessage(): Partial<Activity> {
  return withSuggestions(MessageFactory.text(nb.help), MENU_ACTIONS);
}
