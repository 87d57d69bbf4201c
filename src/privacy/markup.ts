// What the bot says back from a person's own words ("Jeg har forstått: … som <b>…</b>") is shown by
// Web Chat and Teams as Markdown/HTML. Echoed words are made plain text first: no tags, no Markdown
// links or images (which a client would fetch or offer as a link), no emphasis characters, no
// addresses.

const TAG = /<[^<>]{0,200}>/g;
const MARKDOWN_LINK = /!?\[([^[\]\n]{0,200})\]\([^()\n]{0,500}\)/g;
const MARKUP_CHARS = /[<>[\]()`*_~#|\\!{}=^"]/g;
/** A word that a client would turn into a link: a URL, "www.…", or a domain such as "evil.example". */
const ADDRESS_WORD = /:\/\/|^www\.|[\p{L}\p{N}]\.\p{L}{2,}(?:$|\/)|@/u;

/** `text` without markup, links or addresses, whitespace collapsed. */
export function plainText(text: string): string {
  return text
    .replace(MARKDOWN_LINK, '$1')
    .replace(TAG, ' ')
    .split(/\s+/)
    .filter((word) => !ADDRESS_WORD.test(word))
    .join(' ')
    .replace(MARKUP_CHARS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
