// All Bot Framework SDK hosting lives here (and in hosting/activity.ts, hosting/outbound-clients.ts).
// Moving to the Microsoft 365 Agents SDK means replacing this file's CloudAdapter and
// ConfigurationBotFrameworkAuthentication (SharedClientsAuthentication) with CloudAdapter/AuthConfiguration
// from @microsoft/agents-hosting; dialogs and the bot keep their API.
//
// A turn here is: the token's shape checked (hosting/token-precheck.ts), the token verified by the SDK
// (its signing keys fetched at most once per failure interval, hosting/signing-keys-gate.ts), the
// conversation's rate limit counted, then the SDK's pipeline (middleware, the bot).
import {
  ActivityTypes,
  CloudAdapter,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type TurnContext,
  type Activity,
} from 'botbuilder';
import { AuthenticationConstants, AuthenticationError, type AuthenticateRequestResult } from 'botframework-connector';
import { createHash } from 'node:crypto';
import type { Config } from '../config';
import type { Logger } from '../log';
import { errorFields } from '../log';
import { warnSampled } from '../log-sampling';
import { createRateLimits, type RateLimits } from '../rate-limit/limiter';
import { nb } from '../text/nb';
import { keepEntityProperties } from './entity-serialization';
import { SharedClientsAuthentication } from './outbound-clients';
import { SigningKeysGate } from './signing-keys-gate';
import { precheckBotToken } from './token-precheck';

export type TurnLogic = (context: TurnContext) => Promise<void>;

export type TurnOutcome =
  | { kind: 'ok'; status: number; body?: unknown }
  | { kind: 'unauthorized'; message: string }
  /** The token could not be checked now (signing keys unreachable). */
  | { kind: 'unavailable'; message: string; retryAfterSeconds: number }
  /** The conversation sent more than its limit; `body` carries the "slow down" reply for expectReplies. */
  | { kind: 'limited'; retryAfterSeconds: number; body?: unknown }
  | { kind: 'failed'; error: Error };

export interface BotHostOptions {
  /** The app's limits (Redis-backed when it has Redis); by default in memory, per config.rateLimits. */
  limits?: RateLimits;
  log?: Logger;
  /** How long a turn waits for the token's signing keys before answering "unavailable" (default 10 s). */
  signingKeysTimeoutMs?: number;
  /** How long after a failed fetch of the signing keys requests are turned away without trying (default 30 s). */
  signingKeysRetryMs?: number;
}

export interface RunTurnOptions {
  /** The caller counted this conversation's limit itself (the local Direct Line, before answering its client). */
  conversationLimitCounted?: boolean;
}

class SigningKeysTimeout extends Error {
  constructor() {
    super('the signing keys of Bot Framework tokens did not arrive in time');
    this.name = 'SigningKeysTimeout';
  }
}

/** The SDK could not fetch the OpenID metadata or the keys (AuthenticationError 500, node-fetch's FetchError), or we gave up waiting. */
function isSigningKeysFailure(err: unknown): boolean {
  if (err instanceof SigningKeysTimeout) return true;
  if (err instanceof AuthenticationError) return err.statusCode >= 500;
  const name = err instanceof Error ? err.name : '';
  return name === 'FetchError' || name === 'AbortError';
}

function authOptions(config: Pick<Config, 'auth'>): ConfigurationBotFrameworkAuthenticationOptions {
  const auth = config.auth;
  if (!auth) return {};
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: auth.appId,
    MicrosoftAppPassword: auth.appPassword,
    MicrosoftAppTenantId: auth.tenantId,
    MicrosoftAppType: auth.appType,
  };
  const urls = auth.openIdMetadataUrls;
  if (urls) {
    // With any of these set the SDK takes all the public-cloud settings from us ("parameterized").
    Object.assign(options, {
      ValidateAuthority: true,
      ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
      ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
      OAuthUrl: AuthenticationConstants.OAuthUrl,
      ToBotFromChannelOpenIdMetadataUrl: urls.channel ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
      ToBotFromEmulatorOpenIdMetadataUrl: urls.emulator ?? AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    });
  }
  return options;
}

/** The key a conversation is counted under: channel and id, hashed to a bounded length. */
export function conversationLimitKey(channelId: string, conversationId: string): string {
  return createHash('sha256').update(`${channelId}|${conversationId}`).digest('base64url').slice(0, 22);
}

/** Sends a reply past the middleware (no turn lock, no state): the adapter's pipeline with nothing in it. */
class ReplyOnlyAdapter extends CloudAdapter {
  reply(auth: AuthenticateRequestResult, activity: Activity, text: string): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, async (context) => {
      await context.sendActivity(text);
    });
  }
}

/** CloudAdapter that hands back the turn's outcome instead of writing to a response itself. */
export class BotHost extends CloudAdapter {
  readonly authEnabled: boolean;
  readonly limits: RateLimits;
  private readonly log?: Logger;
  private readonly gate: SigningKeysGate;
  private readonly signingKeysTimeoutMs: number;
  /** Sends the "slow down" reply past this adapter's middleware. */
  private readonly notices: ReplyOnlyAdapter;

  constructor(config: Pick<Config, 'auth'> & Partial<Pick<Config, 'rateLimits' | 'trustedProxyHops'>>, options: BotHostOptions = {}) {
    const auth = new SharedClientsAuthentication(authOptions(config));
    super(auth);
    this.notices = new ReplyOnlyAdapter(auth);
    this.authEnabled = !!config.auth;
    this.log = options.log;
    this.limits =
      options.limits ??
      createRateLimits({
        enabled: config.rateLimits?.enabled ?? true,
        policy: config.rateLimits?.policy,
        trustedProxyHops: config.trustedProxyHops,
        log: options.log,
      });
    this.gate = new SigningKeysGate(options.signingKeysRetryMs);
    this.signingKeysTimeoutMs = options.signingKeysTimeoutMs ?? 10_000;
    keepEntityProperties();
  }

  private async authenticate(authHeader: string, activity: Activity): Promise<AuthenticateRequestResult | Exclude<TurnOutcome, { kind: 'ok' }>> {
    if (this.authEnabled) {
      const shape = precheckBotToken(authHeader);
      if (!shape.ok) return { kind: 'unauthorized', message: shape.reason };
      const wait = this.gate.refuse();
      if (wait !== undefined) return { kind: 'unavailable', message: 'signing keys unavailable', retryAfterSeconds: wait };
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      const result = await Promise.race([
        this.botFrameworkAuthentication.authenticateRequest(activity, authHeader),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new SigningKeysTimeout()), this.signingKeysTimeoutMs);
        }),
      ]);
      if (this.authEnabled) this.gate.succeeded();
      return result;
    } catch (err) {
      if (this.authEnabled && isSigningKeysFailure(err)) {
        const wasClosed = this.gate.closed;
        this.gate.failed();
        if (!wasClosed) this.log?.error('bot tokens cannot be checked: signing keys unavailable', errorFields(err));
        return { kind: 'unavailable', message: 'signing keys unavailable', retryAfterSeconds: Math.ceil(this.gate.retryMs / 1000) };
      }
      if (this.authEnabled) this.gate.succeeded();
      // Whatever else the SDK or jsonwebtoken throws while checking a token (bad signature, unknown key,
      // wrong audience, expired) means the token is not valid.
      return { kind: 'unauthorized', message: err instanceof Error ? err.message : String(err) };
    } finally {
      if (timer) clearTimeout(timer);
    }
  }

  /** Counts the conversation; over its limit, sends the "slow down" reply (once per window) instead of the turn. */
  private async overLimit(auth: AuthenticateRequestResult, activity: Activity): Promise<Extract<TurnOutcome, { kind: 'limited' }> | undefined> {
    const key = conversationLimitKey(activity.channelId ?? '', activity.conversation?.id ?? '');
    const decision = await this.limits.conversationTurns.consume(key);
    if (decision.allowed) return undefined;
    if (decision.first) {
      if (this.log) warnSampled(this.log, 'rate limit reached: conversationTurns', 'rate limit reached', { limit: 'conversationTurns', channelId: activity.channelId, conversation: key, retryAfterSeconds: decision.retryAfterSeconds });
    }
    const limited: Extract<TurnOutcome, { kind: 'limited' }> = { kind: 'limited', retryAfterSeconds: decision.retryAfterSeconds };
    // The reply only where one person talks with the bot: in a channel or group chat it would answer
    // messages that were never addressed to it.
    const shared = ['channel', 'groupChat'].includes(activity.conversation?.conversationType ?? '');
    if (activity.type !== ActivityTypes.Message || shared || !(await this.limits.limitNotices.consume(key)).allowed) return limited;
    try {
      const response = await this.notices.reply(auth, activity, nb.rateLimited);
      return { ...limited, body: response?.body };
    } catch (err) {
      this.log?.warn('could not send the rate limit reply', errorFields(err));
      return limited;
    }
  }

  /** Runs one turn for an activity that arrived over HTTP (authHeader may be ''). */
  async runTurn(authHeader: string, activity: Activity, logic: TurnLogic, options: RunTurnOptions = {}): Promise<TurnOutcome> {
    try {
      const auth = await this.authenticate(authHeader, activity);
      if ('kind' in auth) return auth;
      if (!options.conversationLimitCounted) {
        const limited = await this.overLimit(auth, activity);
        if (limited) return limited;
      }
      const invokeResponse: InvokeResponse | undefined = await this.processActivity(auth, activity, logic);
      return { kind: 'ok', status: invokeResponse?.status ?? 200, body: invokeResponse?.body };
    } catch (err) {
      if (err instanceof AuthenticationError) return { kind: 'unauthorized', message: err.message };
      return { kind: 'failed', error: err instanceof Error ? err : new Error(String(err)) };
    }
  }
}
