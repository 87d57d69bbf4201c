// All Bot Framework SDK hosting lives here (and in hosting/activity.ts). Moving to the Microsoft 365
// Agents SDK means replacing this file's CloudAdapter/ConfigurationBotFrameworkAuthentication with
// CloudAdapter/AuthConfiguration from @microsoft/agents-hosting; dialogs and the bot keep their API.
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type TurnContext,
  type Activity,
} from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import type { Config } from '../config';
import { keepEntityProperties } from './entity-serialization';

export type TurnLogic = (context: TurnContext) => Promise<void>;

export type TurnOutcome =
  | { kind: 'ok'; status: number; body?: unknown }
  | { kind: 'unauthorized'; message: string }
  | { kind: 'failed'; error: Error };

/** CloudAdapter that hands back the turn's outcome instead of writing to a response itself. */
export class BotHost extends CloudAdapter {
  readonly authEnabled: boolean;

  constructor(config: Pick<Config, 'auth'>) {
    const options: ConfigurationBotFrameworkAuthenticationOptions = config.auth
      ? {
          MicrosoftAppId: config.auth.appId,
          MicrosoftAppPassword: config.auth.appPassword,
          MicrosoftAppTenantId: config.auth.tenantId,
          MicrosoftAppType: config.auth.appType,
        }
      : {};
    super(new ConfigurationBotFrameworkAuthentication(options));
    this.authEnabled = !!config.auth;
    keepEntityProperties();
  }

  /** Runs one turn for an activity that arrived over HTTP (authHeader may be ''). */
  async runTurn(authHeader: string, activity: Activity, logic: TurnLogic): Promise<TurnOutcome> {
    try {
      const invokeResponse: InvokeResponse | undefined = await this.processActivity(authHeader, activity, logic);
      return { kind: 'ok', status: invokeResponse?.status ?? 200, body: invokeResponse?.body };
    } catch (err) {
      if (err instanceof AuthenticationError) return { kind: 'unauthorized', message: err.message };
      return { kind: 'failed', error: err instanceof Error ? err : new Error(String(err)) };
    }
  }
}
