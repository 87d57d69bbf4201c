// Builds the default (no-LLM) question answering stack from knowledge/: sources + lexicon (+ public
// rules when knowledge/public-rules.json exists) -> retriever -> extractive answerer.
// This is what the bot and `npm run ask` use.
import { loadSources, type SourceDocument } from '../catalogue/sources';
import { loadLexicon, type Lexicon } from '../retrieval/lexicon';
import { buildRetriever, type LexicalRetriever } from '../retrieval/retriever';
import { ExtractiveAnswerer } from './extractive';

export interface ExtractiveStack {
  sources: SourceDocument[];
  lexicon: Lexicon;
  retriever: LexicalRetriever;
  answerer: ExtractiveAnswerer;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface BuildExtractiveOptions {}

export function buildExtractiveAnswerer(
  knowledgeDir: string,
  options: BuildExtractiveOptions = {},
): ExtractiveStack {
  void options;
  const sources = loadSources(knowledgeDir);
  const lexicon = loadLexicon(knowledgeDir);
  const retriever = buildRetriever(sources, lexicon);
  const answerer = new ExtractiveAnswerer({
    retriever,
    documents: sources,
    cues: lexicon.answerCues,
  });
  return { sources, lexicon, retriever, answerer };
}
