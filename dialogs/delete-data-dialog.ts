// "Slett mine data": confirms, then removes everything stored about this user and conversation.
import type { TurnContext } from 'botbuilder';
import { ChoicePrompt, ComponentDialog, ListStyle, WaterfallDialog, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import { nb } from '../src/text/nb';
import { answeringQuestions, type AnswerQuestion } from './answer-in-prompt';

export interface DeleteDataServices {
  /** Removes every stored key for this user and conversation. */
  deleteAllData(context: TurnContext): Promise<void>;
  answerQuestion: AnswerQuestion;
}

const STEPS = 'delete-data-steps';
const CONFIRM = 'delete-data-confirm';
const { yes: YES, no: NO } = nb.deleteData;

export class DeleteDataDialog extends ComponentDialog {
  static readonly id = 'delete-data';

  constructor(private readonly services: DeleteDataServices) {
    super(DeleteDataDialog.id);
    const confirm = new ChoicePrompt(CONFIRM, answeringQuestions(services.answerQuestion), 'nb-no');
    confirm.style = ListStyle.suggestedAction;
    this.addDialog(confirm);
    this.addDialog(new WaterfallDialog(STEPS, [this.confirmStep.bind(this), this.deleteStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async confirmStep(step: WaterfallStepContext) {
    return step.prompt(CONFIRM, {
      prompt: nb.deleteData.confirm,
      retryPrompt: nb.deleteData.retry(YES, NO),
      choices: [
        { value: YES, synonyms: [...nb.deleteData.yesWords] },
        { value: NO, synonyms: [...nb.deleteData.noWords] },
      ],
    });
  }

  private async deleteStep(step: WaterfallStepContext) {
    if ((step.result as FoundChoice).value !== YES) {
      await step.context.sendActivity(nb.deleteData.kept);
      return step.endDialog(false);
    }
    await this.services.deleteAllData(step.context);
    await step.context.sendActivity(nb.deleteData.deleted);
    return step.endDialog(true);
  }
}
