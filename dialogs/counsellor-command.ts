// «vurder kandidat: …» / "assess candidate: …" (also the Teams command's title, which Teams sends as
// the message text): counsellor mode, with the candidate's description after the command, if any.
import { TEAMS_APP_TEXTS } from '../src/channels/teams/app-package/texts';
import { wordsInAnyLanguage } from '../src/text';

const COMMANDS = [
  ...new Set([
    ...wordsInAnyLanguage((t) => t.counsellor.commandWords),
    ...Object.values(TEAMS_APP_TEXTS).map((app) => app.commands.assessCandidate.title),
  ].map((c) => c.toLowerCase())),
].sort((a, b) => b.length - a.length);

/** The description after the command ('' when there is none), or undefined when the message is not the command. */
export function counsellorCommand(text: string): { description: string } | undefined {
  const said = text.normalize('NFC').trim();
  const lower = said.toLowerCase();
  const command = COMMANDS.find((c) => lower.startsWith(c) && /^(?:$|[\s:;,.\-–—])/u.test(lower.slice(c.length)));
  if (command === undefined) return undefined;
  return { description: said.slice(command.length).replace(/^[\s:;,.\-–—]+/u, '').trim() };
}
