// Links from an answer to the cited lines of a report: /kilder/<file>?fra=773&til=797#L773.
// With baseUrl (config.publicBaseUrl) the link is absolute, which it must be when the chat is embedded
// on another site (embed.js also rewrites relative /kilder/ links to the bot's origin).

/** URL of the source page with lines [from, to] highlighted. */
export function sourceLink(file: string, lines: [number, number], baseUrl?: string): string {
  const [from, to] = lines[0] <= lines[1] ? lines : [lines[1], lines[0]];
  const base = baseUrl ? baseUrl.replace(/\/+$/, '') : '';
  return `${base}/kilder/${encodeURIComponent(file)}?fra=${from}&til=${to}#L${from}`;
}

/** A markdown link, e.g. "[BattKOMP 3, Norsk Industri 2022, linje 773–797](/kilder/…#L773)". */
export function sourceMarkdownLink(label: string, file: string, lines: [number, number], baseUrl?: string): string {
  const safeLabel = label.replace(/([\\[\]])/g, '\\$1');
  return `[${safeLabel}](${sourceLink(file, lines, baseUrl)})`;
}
