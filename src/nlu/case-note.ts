// A counsellor's note about a candidate, and whether it asks for the candidate's options. Pure, like
// the rest of the reading: the router starts the candidate assessment for such a note, and the answerer
// offers that assessment after answering a note's question.

/**
 * A counsellor's note opens with whom it is about, maybe with the age: "Kandidat, 34, …", "Bruker (52) …",
 * "Client: 41 …", "kandidat 34 år, …", "Kand. 41 år: …", after a counsellor's "kort:" ("kort: bruker 23 år, …"),
 * or with what they have or want: "Bruker har AAP …", "Kandidaten ønsker …", "Client has …".
 */
const CASE_NOTE = new RegExp(
  String.raw`^\s*(?:(?:kort|kjapt|spm|spørsmål|note|q)\s*:\s*)?` +
    String.raw`(?:kand\.|kandidat(?:en)?|bruker(?:en)?|deltaker(?:en)?|deltakar(?:en)?|klient(?:en)?|søker(?:en)?|candidate|client|participant)` +
    String.raw`(?:\s*[,:(]|\s+\d{1,2}\s*(?:år|y\.?o\.?|years?(?: old)?)?\s*[,:.)–-]` +
    String.raw`|\s+(?:har|er|ønsker|vil|jobber|bor|mangler|trenger|går|får|is|has|wants|works|lives)\s)`,
  'iu',
);

/** A counsellor's note about a candidate: a counsellor is asking. */
export function isCaseNote(raw: string): boolean {
  return CASE_NOTE.test(raw);
}

/**
 * A note that asks what the candidate can do: "– alternativer?", "Vurdering?", "– aktuell rute?", "Hva finnes?", "hvilke veier?", "which routes?",
 * "what are her options?". (Not a question about one route or rule: "FPJ mulig?", "Kan hun få fagbrev på jobb?".)
 */
const OPTIONS_LAST = String.raw`(?:(?:aktuell|aktuelle|aktuelt|mulig|mulige|beste|anbefalt|anbefalte|possible|best|recommended|relevant|suitable)\s+)?(?:alternativer|alternativ|muligheter|mulighetene|moglegheiter|veier|vegar|vei|veg|rute|ruter|løp|forslag|råd|tips|options|routes|route|paths|path|pathway|pathways|alternatives|suggestions|ideas|anbefaling|anbefalinger|vurdering|vurderinger|neste steg|assessment|next steps)\s*[?.!]*\s*$`;
const ASKS_OPTIONS = new RegExp(
  String.raw`(?:^|[\s,.:;–-])` + OPTIONS_LAST +
    String.raw`|(?:^|[\s,.])(?:hva finnes|kva finst|hva nå|hvilke (?:veier|muligheter|alternativer|løp)|hva (?:kan|bør|skal) (?:hun|han|hen|de|bruker(?:en)?|kandidat(?:en)?) gjøre` +
    String.raw`|hva anbefaler du|what (?:are|would be) (?:his|her|their|the) options|which routes|what can (?:he|she|they) do|what do you recommend)(?=[\s?.!,]|$)`,
  'iu',
);

export function asksForOptions(raw: string): boolean {
  return ASKS_OPTIONS.test(raw.trim());
}

/** "– alternativer?", ". Muligheter?" ending a note, alone after its punctuation (not "Hvilke veier?"). */
const OPTIONS_ASKED_LAST = new RegExp(String.raw`\s*[,.:;–-]\s*` + OPTIONS_LAST, 'iu');

/**
 * The note without the word asking for options at its end ("…, bor i Levanger – muligheter?" → "…, bor i Levanger"): the
 * question mark would make the whole note a question, and a place in a question is no place the person is in.
 */
export function withoutOptionsAsked(note: string): string {
  return note.replace(OPTIONS_ASKED_LAST, '').trim();
}

/** The items of a note, as its commas, semicolons and dashes separate them ("Bruker 52 år", "Bodø", "ønsker fagbrev"). */
export function noteItems(note: string): string[] {
  return note
    .split(/\s*(?:[,;]|\s[–-]\s|[.?!](?:\s|$))\s*/u)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** An item that may be a place on its own: one to three words, the first with a capital ("Bodø", "Mo i Rana"). */
export function mayBePlaceItem(item: string): boolean {
  const words = item.split(/\s+/u);
  return words.length <= 3 && /^\p{Lu}/u.test(item) && !/\d/u.test(item);
}
