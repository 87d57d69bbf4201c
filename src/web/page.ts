// The chat page (/ and /chat) and the JSON the widget (src/web/assets/embed.js) asks for at /api/webchat/config.
import type { Config } from '../config';
import { escapeHtml, safeColour, safeImageUrl, textColourOn } from './html';
import { DIRECT_LINE_PREFIX } from './directline/endpoint';
import { nb } from '../text/nb';
import type { AssetUrls } from './static';

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

/** The default logo's URL: hashed when the asset list has it. */
function defaultLogo(assets: AssetUrls): string {
  return assets['logo.svg'] ?? '/static/logo.svg';
}

export function brandFor(config: Pick<Config, 'brand'>, origin: string, assets: AssetUrls = {}): WebChatClientConfig['brand'] {
  const primaryColor = safeColour(config.brand.primaryColor);
  const logo = safeImageUrl(config.brand.logoUrl) ?? defaultLogo(assets);
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
  assets: AssetUrls = {},
): WebChatClientConfig | { mode: 'unavailable'; reason: string } {
  const mode = chatMode(config);
  if (mode.mode === 'unavailable') return mode;
  return {
    mode: mode.mode,
    tokenUrl: `${origin}${mode.mode === 'azure' ? AZURE_TOKEN_PATH : LOCAL_TOKEN_PATH}`,
    domain: mode.mode === 'azure' ? config.directLine.endpoint.replace(/\/+$/, '') : `${origin}${DIRECT_LINE_PREFIX}`,
    locale: 'nb-NO',
    brand: brandFor(config, origin, assets),
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

/**
 * The chat page. Below 600 px the chat is the page (site.css hides the intro and the site header and
 * the widget fills the screen); wider, the intro stays above it. Styles come in the head, the widget
 * script is deferred and Web Chat's bundle is preloaded beside it, so the page paints before either
 * has run. `interactive-widget=resizes-content` makes Android's on-screen keyboard shrink the layout
 * viewport, so a chat of 100dvh keeps its send box above the keyboard (embed.js does the same for iOS).
 */
export function renderChatPage(config: Pick<Config, 'brand'>, origin: string, assets: AssetUrls = {}): string {
  const brand = brandFor(config, origin, assets);
  const name = escapeHtml(brand.name);
  const county = escapeHtml(brand.county);
  const asset = (file: string) => escapeHtml(assets[file] ?? `/static/${file}`);
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover, interactive-widget=resizes-content">
<title>${name} – veiledning om fagbrev, kurs og utdanning | ${county}</title>
<meta name="description" content="${name} hjelper voksne med spørsmål om fagbrev, kurs og videre utdanning. Svarene viser til kildene de bygger på.">
<meta name="theme-color" content="${brand.primaryColor}">
<link rel="icon" href="${asset('logo.svg')}" type="image/svg+xml">
<link rel="stylesheet" href="${asset('site.css')}">
<link rel="stylesheet" href="${asset('widget.css')}" data-veiviser-style>
<link rel="preload" href="${asset('webchat.js')}" as="script">
<script src="/embed.js" defer></script>
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
<div class="chat-intro">
<h1>Spør ${name} om fagbrev, kurs og videre utdanning</h1>
<p class="lead">${name} hjelper voksne i ${county} med å finne veien videre: fagbrev på jobb, praksiskandidat, kurs og fagskole. Svarene viser til kildene de bygger på.</p>
</div>
<div id="veiviser-chat" class="veiviser-host" data-veiviser-chat data-veiviser-layout="page" tabindex="-1">
<p class="veiviser-host__loading">Chatten lastes …</p>
</div>
<noscript><p class="noscript">Chatten trenger JavaScript. Du kan lese <a href="/kilder">kildene</a> uten.</p></noscript>
</main>
<footer class="site-footer">
<p><a href="/kilder">Kildene svarene bygger på</a> · ${county}</p>
</footer>
</body>
</html>
`;
}
