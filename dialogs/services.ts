// What the dialogs need from the rest of the bot, as one object the composition root fills in. The
// main router hands each dialog only its own part (GuidanceServices, CourseFinderServices, …).
import type { TurnContext } from 'botbuilder';
import type { CounsellorServices } from './counsellor-dialog';
import type { CourseFinderServices } from './course-finder-dialog';
import type { DeleteDataServices } from './delete-data-dialog';
import type { GuidanceServices } from './guidance-dialog';
import type { SingleTurnServices } from './single-turn-replies';

export interface HandoffServices {
  /** Tells the person who to contact and passes the conversation on to a person (HANDOFF_MODE). */
  startHandoff(context: TurnContext): Promise<void>;
}

export type RouterServices = GuidanceServices & CourseFinderServices & DeleteDataServices & SingleTurnServices & CounsellorServices & HandoffServices;
