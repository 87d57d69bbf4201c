// The repository's knowledge/ folder, for tests that load it directly (the app gets it from config).
import path from 'node:path';

export const KNOWLEDGE_DIR = path.resolve(__dirname, '../../knowledge');
