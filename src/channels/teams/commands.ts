// Teams' command menu (app-package/texts.ts) sends a command's title as the message text, followed by
// whatever the person typed after it. This turns the titles into the words the router understands:
// «spør <spørsmål>» → the question, «spør» alone → "Still et spørsmål", «finn kurs» → the course
// finder, «hjelp» → help; the same for the English titles. «vurder kandidat» goes on as it is (the
// counsellor mode reads it).
import { nb } from '../../text/nb';
import { TEAMS_APP_TEXTS, type TeamsCommandId } from './app-package/texts';

const ROUTED: Partial<Record<TeamsCommandId, { alone: string; withText?: (rest: string) => string }>> = {
  ask: { alone: nb.menu.question, withText: (rest) => rest },
  findCourses: { alone: nb.menu.courseFinder },
  help: { alone: nb.commands.help },
};

const TITLES = Object.values(TEAMS_APP_TEXTS).flatMap((texts) =>
  Object.entries(texts.commands).map(([id, command]) => ({ id: id as TeamsCommandId, title: command.title.toLocaleLowerCase('nb') })),
);

export function routeTeamsCommand(text: string): string {
  const lower = text.toLocaleLowerCase('nb');
  for (const { id, title } of TITLES) {
    const route = ROUTED[id];
    if (!route) continue;
    if (lower === title) return route.alone;
    if (route.withText && lower.startsWith(title) && /^[\s:,.–-]/.test(lower.slice(title.length))) {
      const rest = text.slice(title.length).replace(/^[\s:,.–-]+/, '').trim();
      return rest ? route.withText(rest) : route.alone;
    }
  }
  return text;
}
