// The people to contact for a county: the career centre, NAV and the county authority. A county's
// own office where knowledge/contacts.json has one, else the national entry; never another county's.
import type { Contact } from '../catalogue/types';
import { fold } from '../normalise';
import type { Texts } from '../text/texts';

export const CONTACT_KINDS = ['karrieresenter', 'nav', 'fylkeskommunen'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export function contactsForCounty(county: string | undefined, contacts: readonly Contact[]): Contact[] {
  const out: Contact[] = [];
  for (const who of CONTACT_KINDS) {
    const own = county === undefined ? undefined : contacts.find((c) => c.who === who && c.county !== null && fold(c.county) === fold(county));
    const national = contacts.find((c) => c.who === who && c.county === null);
    const chosen = own ?? national;
    if (chosen) out.push(chosen);
  }
  return out;
}

/** "Karrieresenter", "NAV", "Fylkeskommunen" in the conversation's language. */
export function whoLabel(who: string, t: Texts): string {
  const labels: Record<string, string> = t.handoff.who;
  return labels[who] ?? who;
}
