// The SDK's CloudAdapter builds a ConnectorClient and a UserTokenClient for every turn, each with its
// own HTTP pipeline (policies, user agent, log sanitizer): about a third of what a simple turn
// allocated, and all of it held until the turn ends, even when the replies go back in the HTTP
// response (expectReplies) and no outbound call is made. Both clients depend only on the bot's app id,
// the audience and the service URL, and are safe to share between turns (botbuilder's older
// BotFrameworkAdapter kept its connector clients the same way), so they are made once per such key.
// Moving to the Agents SDK replaces this file with its own client handling.
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import {
  AuthenticationConstants,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';

/** Kept clients at most; past it the cache starts over (without authentication anyone may name a service URL). */
export const OUTBOUND_CLIENTS_MAX = 64;

/** Promises of clients by key; a creation that fails is forgotten, so the next turn tries again. */
class ClientCache<T> {
  private readonly made = new Map<string, Promise<T>>();

  constructor(private readonly max: number) {}

  get(key: string, create: () => Promise<T>): Promise<T> {
    const known = this.made.get(key);
    if (known) return known;
    if (this.made.size >= this.max) this.made.clear();
    const client = create();
    this.made.set(key, client);
    client.catch(() => {
      if (this.made.get(key) === client) this.made.delete(key);
    });
    return client;
  }
}

/** The bot's app id as the SDK reads it from a turn's claims (audience, else appid); '' without authentication. */
function appIdOf(identity: ClaimsIdentity): string {
  return identity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? identity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';
}

/** A ConnectorFactory that hands out the connector made before for the same service URL and audience. */
class SharedConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly appId: string,
    private readonly cache: ClientCache<ConnectorClient>,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.cache.get(JSON.stringify([this.appId, audience ?? '', serviceUrl]), () => this.inner.create(serviceUrl, audience));
  }
}

/** ConfigurationBotFrameworkAuthentication whose connector and user-token clients are made once per app id, audience and service URL. */
export class SharedClientsAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new ClientCache<ConnectorClient>(OUTBOUND_CLIENTS_MAX);
  private readonly tokenClients = new ClientCache<UserTokenClient>(OUTBOUND_CLIENTS_MAX);

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    const { connectorFactory } = result;
    if (!connectorFactory) return result;
    return { ...result, connectorFactory: new SharedConnectorFactory(connectorFactory, appIdOf(result.claimsIdentity), this.connectors) };
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new SharedConnectorFactory(super.createConnectorFactory(claimsIdentity), appIdOf(claimsIdentity), this.connectors);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.tokenClients.get(appIdOf(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }
}
