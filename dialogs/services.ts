// What the dialogs need from the rest of the bot, as one object the composition root fills in. The
// main router hands each dialog only its own part (GuidanceServices, CourseFinderServices, …).
import type { CourseFinderServices } from './course-finder-dialog';
import type { DeleteDataServices } from './delete-data-dialog';
import type { GuidanceServices } from './guidance-dialog';
import type { SingleTurnServices } from './single-turn-replies';

export type RouterServices = GuidanceServices & CourseFinderServices & DeleteDataServices & SingleTurnServices;
