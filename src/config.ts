// The only module that reads process.env. Everything is optional: with nothing set, Veiviser runs
// embedded (in-memory state, local retrieval, extractive answers, no authentication).
import path from 'node:path';
import { z } from 'zod';
import { packageRoot } from './package-root';
import type { RateLimitPolicy } from './rate-limit/policy';

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const optionalUrl = z.preprocess(emptyToUndefined, z.string().url().optional());
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

const EnvSchema = z.object({
  NODE_ENV: z.preprocess(emptyToUndefined, z.enum(['development', 'production', 'test']).default('development')),
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(3978)),
  HOST: z.preprocess(emptyToUndefined, z.string().default('0.0.0.0')),
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppTenantId: optionalString,
  MicrosoftAppType: z.preprocess(emptyToUndefined, z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant')),
  // Where Bot Framework tokens' signing keys are published (the SDK's setting names; sovereign clouds, tests).
  ToBotFromChannelOpenIdMetadataUrl: optionalUrl,
  ToBotFromEmulatorOpenIdMetadataUrl: optionalUrl,
  RATE_LIMITS: z.preprocess(emptyToUndefined, z.enum(['on', 'off']).default('on')),
  // How many proxies in front of the bot append to X-Forwarded-For (App Service: 1). 0 = use the socket address.
  TRUST_PROXY: z.preprocess(
    (v) => (v === 'true' ? '1' : v === 'false' ? '0' : emptyToUndefined(v)),
    z.coerce.number().int().min(0).max(10).default(0),
  ),
  REDIS_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^rediss?:\/\/[^,\s]+(\s*,\s*rediss?:\/\/[^,\s]+)*$/, 'must start with redis:// or rediss:// (with REDIS_CLUSTER=true: a comma-separated list of such URLs)')
      .optional(),
  ),
  REDIS_KEY_PREFIX: z.preprocess(emptyToUndefined, z.string().default('veiviser:')),
  STATE_TTL_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(60).default(7 * 24 * 3600)),
  REDIS_CLUSTER: z.preprocess(emptyToUndefined, z.enum(['true', 'false']).default('false')),
  STATE_MEMORY_MAX_ITEMS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(100).default(20_000)),
  SHUTDOWN_GRACE_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(600_000).default(10_000)),
  AZURE_OPENAI_ENDPOINT: optionalUrl,
  AZURE_OPENAI_API_KEY: optionalString,
  AZURE_OPENAI_API_VERSION: z.preprocess(emptyToUndefined, z.string().default('2024-10-21')),
  AZURE_OPENAI_CHAT_DEPLOYMENT: optionalString,
  AZURE_OPENAI_EMBEDDINGS_DEPLOYMENT: optionalString,
  AZURE_OPENAI_TIMEOUT_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(100).default(15000)),
  AZURE_OPENAI_BREAKER_FAILURES: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100).default(3)),
  AZURE_OPENAI_BREAKER_OPEN_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(100).max(3_600_000).default(30_000)),
  DIRECTLINE_SECRET: optionalString,
  DIRECTLINE_ENDPOINT: z.preprocess(emptyToUndefined, z.string().url().default('https://directline.botframework.com/v3/directline')),
  DEFAULT_COUNTY: optionalString,
  PUBLIC_BASE_URL: optionalUrl,
  BRAND_NAME: z.preprocess(emptyToUndefined, z.string().default('Veiviser')),
  BRAND_COUNTY: z.preprocess(emptyToUndefined, z.string().default('fylkeskommunen')),
  BRAND_PRIMARY_COLOR: z.preprocess(emptyToUndefined, z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #00509e').default('#00509e')),
  BRAND_LOGO_URL: optionalString,
  FEEDBACK_FILE: optionalString,
  API_KEY: optionalString,
  KNOWLEDGE_DIR: optionalString,
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info')),
  HANDOFF_MODE: z.preprocess(emptyToUndefined, z.enum(['event', 'omnichannel', 'off']).default('event')),
  // Teams app package (npm run teams:package); the bot id there is always MicrosoftAppId.
  TEAMS_APP_ID: z.preprocess(emptyToUndefined, z.string().regex(GUID, 'must be a GUID').optional()),
  TEAMS_APP_VERSION: z.preprocess(emptyToUndefined, z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.3').optional()),
  TEAMS_DEVELOPER_NAME: z.preprocess(emptyToUndefined, z.string().max(32).optional()),
  TEAMS_WEBSITE_URL: optionalUrl,
  TEAMS_PRIVACY_URL: optionalUrl,
  TEAMS_TERMS_URL: optionalUrl,
});

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  port: number;
  host: string;
  logLevel: Env['LOG_LEVEL'];
  /** knowledge/ (KNOWLEDGE_DIR, relative to the package root). */
  knowledgeDir: string;
  /** The web page's own assets (embed.js, styles, logo): src/web/assets in the package. */
  webAssetsDir: string;
  defaultCounty?: string;
  publicBaseUrl?: string;
  auth?: {
    appId: string;
    appPassword?: string;
    tenantId?: string;
    appType: Env['MicrosoftAppType'];
    /** OpenID metadata documents for inbound tokens, when not the public cloud's. */
    openIdMetadataUrls?: { channel?: string; emulator?: string };
  };
  /** Request rate limits (RATE_LIMITS); `policy` overrides the defaults in src/rate-limit/policy.ts. */
  rateLimits: { enabled: boolean; policy?: Partial<RateLimitPolicy> };
  /** Proxies in front of the bot whose X-Forwarded-* headers are believed (TRUST_PROXY); 0 = none. */
  trustedProxyHops: number;
  /** `url` is one URL, or with `cluster` a comma-separated list of seed nodes. */
  redis?: { url: string; keyPrefix: string; cluster?: boolean };
  stateTtlSeconds: number;
  /** Most conversation/user state items the embedded (in-memory) store keeps; least recently used go first. */
  stateMemoryMaxItems: number;
  /** On SIGTERM/SIGINT: how long in-flight requests and turns may run on before connections are cut. */
  shutdownGraceMs: number;
  azureOpenAI?: {
    endpoint: string;
    apiKey: string;
    apiVersion: string;
    chatDeployment: string;
    embeddingsDeployment?: string;
    timeoutMs: number;
    /** Circuit breaker: this many failures in a row stop calls for openMs; then one trial call. */
    breaker: { failures: number; openMs: number };
  };
  directLine: { secret?: string; endpoint: string };
  brand: { name: string; county: string; primaryColor: string; logoUrl?: string };
  feedbackFile?: string;
  /** Bearer key for the counsellor APIs (/api/ask, /api/recommend); required for them in production. */
  apiKey?: string;
  /** How a request for a human is passed on: Bot Framework hand-off event, Omnichannel escalation, or only the contacts. */
  handoffMode: Env['HANDOFF_MODE'];
  /** What the Teams app package says about the app; unset values get defaults when it is built. */
  teams: { appId?: string; appVersion?: string; developerName?: string; websiteUrl?: string; privacyUrl?: string; termsOfUseUrl?: string };
}

export interface LoadConfigOptions {
  /** For tools that only describe the bot (the Teams app package): the app id is needed, its secret is not. */
  credentialsNotNeeded?: boolean;
}

export class ConfigError extends Error {}

/** The environment switches that turn on langchain's LangSmith tracing. */
const LANGCHAIN_TRACING_VARIABLES = ['LANGSMITH_TRACING', 'LANGSMITH_TRACING_V2', 'LANGCHAIN_TRACING', 'LANGCHAIN_TRACING_V2'] as const;

/** Parses the environment once. Throws ConfigError naming the variable on a bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: LoadConfigOptions = {}): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Ugyldig konfigurasjon (invalid configuration) – ${problems}`);
  }
  const e = parsed.data;

  const azureParts = [e.AZURE_OPENAI_ENDPOINT, e.AZURE_OPENAI_API_KEY, e.AZURE_OPENAI_CHAT_DEPLOYMENT];
  const azureSet = azureParts.filter((p) => p !== undefined).length;
  if (azureSet > 0 && azureSet < azureParts.length) {
    throw new ConfigError(
      'Ugyldig konfigurasjon – AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY and AZURE_OPENAI_CHAT_DEPLOYMENT must be set together',
    );
  }
  if (e.REDIS_CLUSTER === 'true' && /[{}]/.test(e.REDIS_KEY_PREFIX)) {
    throw new ConfigError('Ugyldig konfigurasjon – REDIS_KEY_PREFIX must not contain { or } with REDIS_CLUSTER=true (braces are Redis Cluster hash tags)');
  }
  if (e.REDIS_URL?.includes(',') && e.REDIS_CLUSTER !== 'true') {
    throw new ConfigError('Ugyldig konfigurasjon – REDIS_URL lists several URLs, which only REDIS_CLUSTER=true accepts (seed nodes of a Redis Cluster)');
  }
  if (!options.credentialsNotNeeded && e.MicrosoftAppId && e.MicrosoftAppType !== 'UserAssignedMSI' && !e.MicrosoftAppPassword) {
    throw new ConfigError('Ugyldig konfigurasjon – MicrosoftAppPassword is required when MicrosoftAppId is set');
  }
  if (e.MicrosoftAppType === 'SingleTenant' && e.MicrosoftAppId && !e.MicrosoftAppTenantId) {
    throw new ConfigError('Ugyldig konfigurasjon – MicrosoftAppTenantId is required when MicrosoftAppType=SingleTenant');
  }
  // langchain reads these itself and would then send every prompt (questions and retrieved text,
  // redacted but still conversation content) to LangSmith, outside the county's control.
  const tracing = LANGCHAIN_TRACING_VARIABLES.find((name) => env[name]?.trim().toLowerCase() === 'true');
  if (tracing) {
    throw new ConfigError(
      `Ugyldig konfigurasjon – ${tracing}=true would send conversation text to LangSmith; Veiviser does not allow LLM tracing. Unset ${tracing}.`,
    );
  }
  if (e.NODE_ENV === 'production' && !e.MicrosoftAppId) {
    throw new ConfigError(
      'NODE_ENV=production requires Bot Framework credentials: set MicrosoftAppId and MicrosoftAppPassword (and MicrosoftAppTenantId for SingleTenant). ' +
        'Without them anyone could post to /api/messages.',
    );
  }

  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    knowledgeDir: path.resolve(packageRoot(), e.KNOWLEDGE_DIR ?? 'knowledge'),
    webAssetsDir: path.join(packageRoot(), 'src', 'web', 'assets'),
    defaultCounty: e.DEFAULT_COUNTY,
    publicBaseUrl: e.PUBLIC_BASE_URL,
    auth: e.MicrosoftAppId
      ? {
          appId: e.MicrosoftAppId,
          appPassword: e.MicrosoftAppPassword,
          tenantId: e.MicrosoftAppTenantId,
          appType: e.MicrosoftAppType,
          ...(e.ToBotFromChannelOpenIdMetadataUrl || e.ToBotFromEmulatorOpenIdMetadataUrl
            ? { openIdMetadataUrls: { channel: e.ToBotFromChannelOpenIdMetadataUrl, emulator: e.ToBotFromEmulatorOpenIdMetadataUrl } }
            : {}),
        }
      : undefined,
    rateLimits: { enabled: e.RATE_LIMITS === 'on' },
    trustedProxyHops: e.TRUST_PROXY,
    redis: e.REDIS_URL ? { url: e.REDIS_URL, keyPrefix: e.REDIS_KEY_PREFIX, cluster: e.REDIS_CLUSTER === 'true' } : undefined,
    stateTtlSeconds: e.STATE_TTL_SECONDS,
    stateMemoryMaxItems: e.STATE_MEMORY_MAX_ITEMS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    azureOpenAI:
      e.AZURE_OPENAI_ENDPOINT && e.AZURE_OPENAI_API_KEY && e.AZURE_OPENAI_CHAT_DEPLOYMENT
        ? {
            endpoint: e.AZURE_OPENAI_ENDPOINT,
            apiKey: e.AZURE_OPENAI_API_KEY,
            apiVersion: e.AZURE_OPENAI_API_VERSION,
            chatDeployment: e.AZURE_OPENAI_CHAT_DEPLOYMENT,
            embeddingsDeployment: e.AZURE_OPENAI_EMBEDDINGS_DEPLOYMENT,
            timeoutMs: e.AZURE_OPENAI_TIMEOUT_MS,
            breaker: { failures: e.AZURE_OPENAI_BREAKER_FAILURES, openMs: e.AZURE_OPENAI_BREAKER_OPEN_MS },
          }
        : undefined,
    directLine: { secret: e.DIRECTLINE_SECRET, endpoint: e.DIRECTLINE_ENDPOINT },
    brand: { name: e.BRAND_NAME, county: e.BRAND_COUNTY, primaryColor: e.BRAND_PRIMARY_COLOR, logoUrl: e.BRAND_LOGO_URL },
    feedbackFile: e.FEEDBACK_FILE,
    apiKey: e.API_KEY,
    handoffMode: e.HANDOFF_MODE,
    teams: {
      appId: e.TEAMS_APP_ID,
      appVersion: e.TEAMS_APP_VERSION,
      developerName: e.TEAMS_DEVELOPER_NAME,
      websiteUrl: e.TEAMS_WEBSITE_URL,
      privacyUrl: e.TEAMS_PRIVACY_URL,
      termsOfUseUrl: e.TEAMS_TERMS_URL,
    },
  };
}
