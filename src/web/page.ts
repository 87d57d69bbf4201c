// The chat page (/ and /chat) and the JSON the widget (src/web/assets/embed.js) asks for at /api/webchat/config.
import type { Config } from '../config';
import { escapeHtml, safeColour, safeImageUrl, textColourOn } from './html';
import { DIRECT_LINE_PREFIX } from './directline/endpoint';
import { nb } from '../text/nb';

export const AZURE_TOKEN_PATH = '/api/directline/token';
export const LOCAL_TOKEN_PATH = `${DIRECT_LINE_PREFIX}/tokens/generate`;

export type WebChatMode = 'local' | 'azure';

export interface WebChatClientConfig {
  mode: WebChatMode;
  /** POST here for {token, conversationId, expires_in}. */
  tokenUrl: string;
  /** Direct Line base URL for Web Chat's createDirectLine({ token, domain }). */
  domain: string;
  locale: 'nb-NO';
  brand: { name: string; county: string; primaryColor: string; onPrimaryColor: string; logoUrl: string };
  privacy: { retentionDays: number; deleteCommand: string };
  sourcesUrl: string;
}

export type ChatMode = { mode: WebChatMode } | { mode: 'unavailable'; reason: string };

/** Azure when a Direct Line secret is configured; the built-in endpoint when the bot runs without auth. */
export function chatMode(config: Pick<Config, 'auth' | 'directLine'>): ChatMode {
  if (config.directLine.secret) return { mode: 'azure' };
  if (!config.auth) return { mode: 'local' };
  return {
    mode: 'unavailable',
    reason:
      'The bot requires Bot Framework authentication (MicrosoftAppId) but DIRECTLINE_SECRET is not set, so the web chat has no Direct Line to use.',
  };
}

export function brandFor(config: Pick<Config, 'brand'>, origin: string): WebChatClientConfig['brand'] {
  const primaryColor = safeColour(config.brand.primaryColor);
  const logo = safeImageUrl(config.brand.logoUrl) ?? '/static/logo.svg';
  return {
    name: config.brand.name,
    county: config.brand.county,
    primaryColor,
    onPrimaryColor: textColourOn(primaryColor),
    logoUrl: logo.startsWith('/') ? `${origin}${logo}` : logo,
  };
}

export function webChatClientConfig(
  config: Pick<Config, 'auth' | 'directLine' | 'brand' | 'stateTtlSeconds'>,
  origin: string,
): WebChatClientConfig | { mode: 'unavailable'; reason: string } {
  const mode = chatMode(config);
  if (mode.mode === 'unavailable') return mode;
  return {
    mode: mode.mode,
    tokenUrl: `${origin}${mode.mode === 'azure' ? AZURE_TOKEN_PATH : LOCAL_TOKEN_PATH}`,
    domain: mode.mode === 'azure' ? config.directLine.endpoint.replace(/\/+$/, '') : `${origin}${DIRECT_LINE_PREFIX}`,
    locale: 'nb-NO',
    brand: brandFor(config, origin),
    privacy: { retentionDays: Math.max(1, Math.round(config.stateTtlSeconds / 86400)), deleteCommand: nb.commands.deleteMyData },
    sourcesUrl: `${origin}/kilder`,
  };
}

/** CSP for our HTML pages. Web Chat injects its styles at run time, hence 'unsafe-inline' for styles. */
export function contentSecurityPolicy(config: Pick<Config, 'directLine' | 'brand'>, origin: string): string {
  const connect = new Set(["'self'", origin, origin.replace(/^http/, 'ws')]);
  if (config.directLine.secret) {
    const dl = new URL(config.directLine.endpoint);
    connect.add(dl.origin);
    connect.add(dl.origin.replace(/^http/, 'ws'));
  }
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    `connect-src ${[...connect].join(' ')}`,
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

export function renderChatPage(config: Pick<Config, 'brand'>, origin: string): string {
  const brand = brandFor(config, origin);
  const name = escapeHtml(brand.name);
  const county = escapeHtml(brand.county);
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name} – veiledning om fagbrev, kurs og utdanning | ${county}</title>
<meta name="description" content="${name} hjelper voksne med spørsmål om fagbrev, kurs og videre utdanning. Svarene viser til kildene de bygger på.">
<meta name="theme-color" content="${brand.primaryColor}">
<link rel="icon" href="/static/logo.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/site.css">
</head>
<body class="chat-page" style="--brand: ${brand.primaryColor}; --on-brand: ${brand.onPrimaryColor};">
<a class="skip-link" href="#veiviser-chat" data-veiviser-skip>Hopp til chatten</a>
<header class="site-header">
<div class="site-header__inner">
<img class="site-header__logo" src="${escapeHtml(brand.logoUrl)}" alt="${county}" height="40">
<p class="site-header__name">${name}</p>
</div>
</header>
<main id="main" class="chat-main">
<h1>Spør ${name} om fagbrev, kurs og videre utdanning</h1>
<p class="lead">${name} hjelper voksne i ${county} med å finne veien videre: fagbrev på jobb, praksiskandidat, kurs og fagskole. Svarene viser til kildene de bygger på.</p>
<div id="veiviser-chat" class="veiviser-host" data-veiviser-chat tabindex="-1"></div>
<noscript><p class="noscript">Chatten trenger JavaScript. Du kan lese <a href="/kilder">kildene</a> uten.</p></noscript>
</main>
<footer class="site-footer">
<p><a href="/kilder">Kildene svarene bygger på</a> · ${county}</p>
</footer>
<script src="/embed.js" defer></script>
</body>
</html>
`;
}
