import type { AskResult, Profile } from '../catalogue/schema';

/** What the caller knows beyond the question. */
export interface AnswerOptions {
  /** The conversation's language; detected from the question when not given. */
  lang?: 'nb' | 'en';
  /** The person's situation as the router already understood it (saves reading it again). */
  profile?: Profile;
  /**
   * What the person told earlier in the conversation (the guided assessment's answers): a question about their own
   * situation ("hvor lang tid tar det før jeg kan bli praksiskandidat?") is weighed with it, under what the question
   * itself tells or supposes. Not for a question asked for someone else.
   */
  known?: Profile;
  /**
   * What the question's condition supposes about the person ("… hvis jeg er arbeidsledig?"), when the
   * caller has read it already (the answerer's read(question).supposed); read from the question otherwise.
   */
  supposed?: Profile;
  /**
   * The topic the conversation's last answer was about (AskResult.topic): a follow-up naming none ("og når ble den
   * signert?", "what about Nordland?") is read about it.
   */
  topicBefore?: string;
  /**
   * The county the person named earlier in the conversation ("jobber på et lager i Hammerfest"): their situation is read
   * there unless a message says otherwise, and whom to turn to is named there. Not for a message written for someone else.
   */
  countyTold?: string;
  /** The place the conversation's last answer was about (AskResult.place): "hvem kan jeg ringe der?" asks about it. */
  placeBefore?: string;
  /**
   * The question the conversation's last answer answered, as kept (FactAnswerer.keptQuestion): a follow-up that only
   * names another county ("og i Trøndelag?", "what about Nordland?") asks it again there.
   */
  questionBefore?: string;
}

/** Turns a free-text question into an answer with citations; empty citations means "I don't know". */
export interface Answerer {
  answer(question: string, options?: AnswerOptions): Promise<AskResult>;
}
