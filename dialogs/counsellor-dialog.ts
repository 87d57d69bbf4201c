// Counsellor mode: «vurder kandidat: <description>» answers at once with the candidate assessment
// (card and text); the command alone asks for the description first. Nothing about the candidate is
// stored: not in the profile, not in the hand-off transcript, not in logs.
import type { TurnContext } from 'botbuilder';
import { ComponentDialog, TextPrompt, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { CandidateAssessment } from '../src/counsellor/assess-candidate';
import { keepOutOfTranscript } from '../src/handoff/private-turn';
import type { CitationFormatter } from '../src/replies/citations';
import type { Lang } from '../src/text';
import { languageOf, textsFor } from '../src/text/turn-language';
import { counsellorActivities } from './counsellor-card';

export interface CounsellorServices {
  assessCandidate(description: string, lang: Lang): CandidateAssessment;
  cite: CitationFormatter;
  /** Records what the conversation is about, for a follow-up that names nothing ("hva koster den?"). */
  noteTopic(context: TurnContext, topic: string): Promise<void>;
}

export interface CounsellorOptions {
  /** The candidate's description given with the command ('' when none). */
  description: string;
}

const STEPS = 'counsellor-steps';
const DESCRIPTION = 'counsellor-description';

export class CounsellorDialog extends ComponentDialog {
  static readonly id = 'counsellor';

  constructor(private readonly services: CounsellorServices) {
    super(CounsellorDialog.id);
    this.addDialog(new TextPrompt(DESCRIPTION, async (prompt) => prompt.recognized.succeeded && (prompt.recognized.value ?? '').trim() !== ''));
    this.addDialog(new WaterfallDialog(STEPS, [this.describeStep.bind(this), this.assessStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async describeStep(step: WaterfallStepContext) {
    const { description } = step.options as CounsellorOptions;
    if (description !== '') return step.next(description);
    const ask = textsFor(step.context).counsellor.askForCandidate;
    return step.prompt(DESCRIPTION, { prompt: ask, retryPrompt: ask });
  }

  private async assessStep(step: WaterfallStepContext) {
    keepOutOfTranscript(step.context);
    const result = this.services.assessCandidate(String(step.result), languageOf(step.context));
    for (const activity of counsellorActivities(result, this.services.cite, textsFor(step.context))) {
      await step.context.sendActivity(activity);
    }
    // (A path's name, not the candidate: nothing about them is kept.)
    const first = result.assessment.paths.find((p) => p.recommended);
    if (first) await this.services.noteTopic(step.context, first.id);
    return step.endDialog();
  }
}
