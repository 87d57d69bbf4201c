// "Slett mine data": confirms, then removes everything stored about this user and conversation.
import { ChoicePrompt, ComponentDialog, ListStyle, WaterfallDialog, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { DialogServices } from './services';

const STEPS = 'delete-data-steps';
const CONFIRM = 'delete-data-confirm';
const YES = 'Ja, slett alt';
const NO = 'Nei, behold';

export class DeleteDataDialog extends ComponentDialog {
  static readonly id = 'delete-data';

  constructor(private readonly services: DialogServices) {
    super(DeleteDataDialog.id);
    const confirm = new ChoicePrompt(CONFIRM, undefined, 'nb-no');
    confirm.style = ListStyle.suggestedAction;
    this.addDialog(confirm);
    this.addDialog(new WaterfallDialog(STEPS, [this.confirmStep.bind(this), this.deleteStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async confirmStep(step: WaterfallStepContext) {
    return step.prompt(CONFIRM, {
      prompt: 'Vil du at jeg sletter alt jeg har lagret om deg – svarene dine og samtalen? Det kan ikke angres.',
      retryPrompt: `Svar «${YES}» eller «${NO}».`,
      choices: [
        { value: YES, synonyms: ['ja', 'jepp', 'slett', 'yes'] },
        { value: NO, synonyms: ['nei', 'nope', 'behold', 'no'] },
      ],
    });
  }

  private async deleteStep(step: WaterfallStepContext) {
    if ((step.result as FoundChoice).value !== YES) {
      await step.context.sendActivity('Greit, jeg sletter ingenting.');
      return step.endDialog(false);
    }
    await this.services.deleteAllData(step.context);
    await step.context.sendActivity('Ferdig – jeg har slettet alt jeg hadde lagret om deg og denne samtalen.');
    return step.endDialog(true);
  }
}
