// The ratings a bot has written to its feedback file so far (none while the file does not exist yet).
import { readFileSync } from 'node:fs';
import { parseFeedbackLines, type FeedbackRecord } from '../../src/feedback/store';

export function feedbackInFile(file: string): FeedbackRecord[] {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = '';
  }
  return parseFeedbackLines(text).records;
}
