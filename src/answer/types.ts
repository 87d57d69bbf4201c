import type { AskResult } from '../catalogue/schema';

/** Turns a free-text question into an answer with citations; empty citations means "I don't know". */
export interface Answerer {
  answer(question: string): Promise<AskResult>;
}
