// What the person wants: a certificate in a trade (`trade`), or to build on one they hold
// (`hasTradeCertificate`, `certificateTrade`). Shared by the suitability rules of several paths.
import type { Profile } from '../../src/catalogue/schema';
import { fold } from '../../src/normalise';

export function sameTrade(a: string, b: string): boolean {
  return fold(a) === fold(b);
}

/**
 * Holds a trade certificate and has not named another trade they want one in: a route to a
 * certificate in "their" trade gives them nothing new. (Someone who names a trade without saying
 * which certificate they hold is taken to want a new one.)
 */
export function noNewTradeWanted(profile: Profile): boolean {
  if (profile.hasTradeCertificate !== true) return false;
  if (profile.trade === undefined) return true;
  return profile.certificateTrade !== undefined && sameTrade(profile.trade, profile.certificateTrade);
}

/** Names a trade they want a certificate in, other than one they hold. */
export function wantsNewTrade(profile: Profile): boolean {
  if (profile.trade === undefined) return false;
  return !(profile.hasTradeCertificate === true && profile.certificateTrade !== undefined && sameTrade(profile.trade, profile.certificateTrade));
}
