// Builds the default (no-LLM) question answering stack from knowledge/: sources + lexicon (+ public
// rules when knowledge/public-rules.json exists) -> retriever -> extractive answerer.
// This is what the bot and `npm run ask` use.
import type { PublicRule } from '../catalogue/schema';
import { loadSources, type SourceDocument } from '../catalogue/sources';
import { loadLexicon, type Lexicon } from '../retrieval/lexicon';
import { loadPublicRules } from '../catalogue/loader';
import { buildRetriever, type LexicalRetriever } from '../retrieval/retriever';
import { ExtractiveAnswerer } from './extractive';

export interface ExtractiveStack {
  sources: SourceDocument[];
  lexicon: Lexicon;
  publicRules: PublicRule[];
  retriever: LexicalRetriever;
  answerer: ExtractiveAnswerer;
}

export interface BuildExtractiveOptions {
  /** Index knowledge/public-rules.json when it exists (default true). */
  includePublicRules?: boolean;
  /** Where to report a broken public-rules file (default: stderr). The stack is built without it. */
  warn?: (message: string) => void;
}

export function buildExtractiveAnswerer(
  knowledgeDir: string,
  options: BuildExtractiveOptions = {},
): ExtractiveStack {
  const warn = options.warn ?? ((m: string) => process.stderr.write(`${m}\n`));
  const sources = loadSources(knowledgeDir);
  const lexicon = loadLexicon(knowledgeDir);
  let publicRules: PublicRule[] = [];
  if (options.includePublicRules ?? true) {
    try {
      publicRules = loadPublicRules(knowledgeDir);
    } catch (err) {
      warn(`public rules not indexed: ${(err as Error).message}`);
    }
  }
  const retriever = buildRetriever(sources, lexicon, { publicRules });
  const answerer = new ExtractiveAnswerer({
    retriever,
    documents: sources,
    cues: lexicon.answerCues,
  });
  return { sources, lexicon, publicRules, retriever, answerer };
}
