// Behind Azure Bot Service: exchange the Direct Line secret for a short-lived token on the server, so
// the secret never reaches the browser.
import { z } from 'zod';

export const DirectLineTokenResponseSchema = z.object({
  conversationId: z.string().min(1),
  token: z.string().min(1),
  expires_in: z.number().int().positive(),
});
export type DirectLineTokenResponse = z.infer<typeof DirectLineTokenResponseSchema>;

export class TokenExchangeError extends Error {
  constructor(
    message: string,
    readonly upstreamStatus?: number,
  ) {
    super(message);
    this.name = 'TokenExchangeError';
  }
}

export interface ExchangeOptions {
  /** Direct Line base, e.g. https://europe.directline.botframework.com/v3/directline */
  endpoint: string;
  secret: string;
  /** Optional user id to bind into the token ("dl_…" ids are reserved for this). */
  userId?: string;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

/** POST {endpoint}/tokens/generate with the secret; returns the validated token response. */
export async function exchangeDirectLineSecret(options: ExchangeOptions): Promise<DirectLineTokenResponse> {
  const url = `${options.endpoint.replace(/\/+$/, '')}/tokens/generate`;
  const doFetch = options.fetchImpl ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url, {
      method: 'POST',
      headers: { Authorization: `Bearer ${options.secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(options.userId ? { user: { id: options.userId } } : {}),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new TokenExchangeError(`Direct Line could not be reached (${why})`);
  }
  if (!response.ok) {
    // The body may echo request details; we keep only the status.
    await response.arrayBuffer().catch(() => undefined);
    throw new TokenExchangeError(`Direct Line refused the token request with HTTP ${response.status}`, response.status);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new TokenExchangeError('Direct Line answered with something that is not JSON', response.status);
  }
  const parsed = DirectLineTokenResponseSchema.safeParse(json);
  if (!parsed.success) {
    throw new TokenExchangeError(
      `Direct Line's token response was not as expected (${parsed.error.issues.map((i) => i.path.join('.') || 'body').join(', ')})`,
      response.status,
    );
  }
  return parsed.data;
}
