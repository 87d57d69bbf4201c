// The person's situation as the guided assessment understood it lives in user state. A question in the chat is weighed
// with it (AnswerOptions.known) only when it was told in this conversation: a mark in the conversation's state, which
// every turn loads anyway, says so, so that a turn that only asks questions never reads the user state.
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Profile } from '../catalogue/schema';

export class ToldProfile implements StatePropertyAccessor<Profile> {
  constructor(
    private readonly profile: StatePropertyAccessor<Profile>,
    private readonly toldHere: StatePropertyAccessor<boolean>,
  ) {}

  get(context: TurnContext): Promise<Profile | undefined>;
  get(context: TurnContext, defaultValue: Profile): Promise<Profile>;
  get(context: TurnContext, defaultValue?: Profile): Promise<Profile | undefined> {
    return defaultValue === undefined ? this.profile.get(context) : this.profile.get(context, defaultValue);
  }

  async set(context: TurnContext, value: Profile): Promise<void> {
    await this.toldHere.set(context, true);
    await this.profile.set(context, value);
  }

  delete(context: TurnContext): Promise<void> {
    return this.profile.delete(context);
  }

  /** The profile, when the person told it in this conversation. */
  async told(context: TurnContext): Promise<Profile | undefined> {
    return (await this.toldHere.get(context)) === true ? this.profile.get(context) : undefined;
  }
}
