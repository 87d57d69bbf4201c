// "Slett mine data": confirms, then removes everything stored about this user and conversation.
import type { TurnContext } from 'botbuilder';
import { ComponentDialog, ListStyle, WaterfallDialog, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import { isTextInAnyLanguage } from '../src/text';
import { textsFor } from '../src/text/turn-language';
import { ChoicePromptAnsweringQuestions, type AnswerQuestion } from './answer-in-prompt';

export interface DeleteDataServices {
  /** Removes every stored key for this user and conversation. */
  deleteAllData(context: TurnContext): Promise<void>;
  answerQuestion: AnswerQuestion;
}

const STEPS = 'delete-data-steps';
const CONFIRM = 'delete-data-confirm';

export class DeleteDataDialog extends ComponentDialog {
  static readonly id = 'delete-data';

  constructor(private readonly services: DeleteDataServices) {
    super(DeleteDataDialog.id);
    const confirm = new ChoicePromptAnsweringQuestions(CONFIRM, services.answerQuestion, 'nb-no');
    confirm.style = ListStyle.suggestedAction;
    this.addDialog(confirm);
    this.addDialog(new WaterfallDialog(STEPS, [this.confirmStep.bind(this), this.deleteStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async confirmStep(step: WaterfallStepContext) {
    const t = textsFor(step.context).deleteData;
    return step.prompt(CONFIRM, {
      prompt: t.confirm,
      retryPrompt: t.retry(t.yes, t.no),
      choices: [
        { value: t.yes, synonyms: [...t.yesWords] },
        { value: t.no, synonyms: [...t.noWords] },
      ],
    });
  }

  private async deleteStep(step: WaterfallStepContext) {
    const t = textsFor(step.context).deleteData;
    // The choices were offered in the language of the previous turn; "yes" in any language deletes.
    if (!isTextInAnyLanguage((step.result as FoundChoice).value, (texts) => texts.deleteData.yes)) {
      await step.context.sendActivity(t.kept);
      return step.endDialog(false);
    }
    await this.services.deleteAllData(step.context);
    await step.context.sendActivity(t.deleted);
    return step.endDialog(true);
  }
}
