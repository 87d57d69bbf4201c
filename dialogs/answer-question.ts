// Answers a free-text question from the knowledge base, with sources: as a turn of its own, or in the
// middle of a guided dialog, where the dialog then asks its question again.
import { MessageFactory, type TurnContext } from 'botbuilder';
import type { PromptValidatorContext } from 'botbuilder-dialogs';
import { withSuggestions } from './replies';
import type { DialogServices } from './services';

export async function answerQuestion(context: TurnContext, question: string, services: DialogServices): Promise<void> {
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
