// Writes knowledge/lexicon/english-words.json: the real English words (from SCOWL word lists, e.g.
// Debian's wamerican and wbritish) that a question's spelling correction would otherwise read as a
// word of the facts ("waiting" as "writing"). Run it again when the facts' English changes:
//   npx tsx scripts/english-words.ts [/usr/share/dict/american-english /usr/share/dict/british-english]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadCatalogue } from '../src/catalogue/loader';
import { loadPlaceIndex } from '../src/catalogue/places';
import { loadTopics } from '../src/catalogue/topics';
import { ENGLISH_WORDS_FILE, EnglishAnalyzer, englishKnowledgeTexts, loadEnglishLexicon } from '../src/retrieval/english';

const NOTICE =
  'Real English words a question may use that are one or two letters from a word of the facts: they are read as typed, not corrected. ' +
  'Made by scripts/english-words.ts from SCOWL (Spell Checker Oriented Word Lists). SCOWL: Copyright 2000-2011 by Kevin Atkinson. ' +
  'Permission to use, copy, modify, distribute and sell these word lists, the associated scripts, the output created from the scripts, ' +
  'and its documentation for any purpose is hereby granted without fee, provided that the above copyright notice appears in all copies ' +
  'and that both that copyright notice and this permission notice appear in supporting documentation. Kevin Atkinson makes no ' +
  'representations about the suitability of this array for any purpose. It is provided "as is" without express or implied warranty.';

const knowledgeDir = path.resolve(__dirname, '..', 'knowledge');
const lists = process.argv.slice(2);
const files = lists.length > 0 ? lists : ['/usr/share/dict/american-english', '/usr/share/dict/british-english'];
const words = new Set(files.flatMap((f) => readFileSync(f, 'utf8').split('\n')).map((w) => w.trim().toLowerCase()).filter((w) => /^[a-z]{5,}$/u.test(w)));

const lexicon = { ...loadEnglishLexicon(knowledgeDir), asTyped: [] };
const english = new EnglishAnalyzer(lexicon, englishKnowledgeTexts(loadCatalogue(knowledgeDir).facts, loadTopics(knowledgeDir), loadPlaceIndex(path.join(knowledgeDir, 'places.json')).names.map((n) => n.name)));
const misread = [...words].filter((w) => english.correct(w) !== w).sort();
writeFileSync(path.join(knowledgeDir, ENGLISH_WORDS_FILE), `${JSON.stringify({ description: NOTICE, words: misread }, null, 0).replace('"words":[', '"words":[\n').replace(/","/gu, '", "')}\n`);
console.log(`${misread.length} of ${words.size} words kept as typed`);
