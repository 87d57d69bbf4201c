// Answers one free-text question from the knowledge base, with sources, then hands back to the menu.
import { MessageFactory } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import { withSuggestions } from './replies';
import type { DialogServices } from './services';

export interface QuestionOptions {
  question: string;
}

const STEPS = 'question-steps';

export class QuestionDialog extends ComponentDialog {
  static readonly id = 'question';

  constructor(private readonly services: DialogServices) {
    super(QuestionDialog.id);
    this.addDialog(new WaterfallDialog(STEPS, [this.answerStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async answerStep(step: WaterfallStepContext) {
    const { question } = step.options as QuestionOptions;
    await answerQuestion(step.context, question, this.services);
    return step.endDialog();
  }
}

/** Also used mid-dialog: a question typed where an answer was expected gets answered first. */
export async function answerQuestion(
  context: WaterfallStepContext['context'],
  question: string,
  services: DialogServices,
): Promise<void> {
  const result = await services.answerer.answer(question);
  await context.sendActivity(services.answerActivity(question, result));
}

/**
 * For prompt validators: a question typed where an answer was expected is answered, then the prompt
 * is asked again. (A prompt only re-sends its retry prompt when nothing was sent this turn.)
 */
export async function answerThenAskAgain<T>(prompt: PromptValidatorContext<T>, services: DialogServices): Promise<void> {
  const question = prompt.context.activity.text ?? '';
  await answerQuestion(prompt.context, question, services);
  await prompt.context.sendActivity('Tilbake til spørsmålet mitt:');
  const { prompt: again, choices } = prompt.options;
  if (typeof again === 'string' && choices) {
    // A choice prompt's buttons are added when it prompts; add them back here.
    const titles = choices.map((c) => (typeof c === 'string' ? c : c.value));
    await prompt.context.sendActivity(withSuggestions(MessageFactory.text(again), titles));
  } else if (again) {
    await prompt.context.sendActivity(again);
  }
}
