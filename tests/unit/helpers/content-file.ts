import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {formatProblem, type Problem} from '@/lib/content/errors';

/**
 * The problems a reader of one file under content/ reports for the given text, as an editor sees
 * them ("content/<name>: field: message"): the file is written alone into a fresh content folder.
 */
export function problemsInFile(name: string, text: string, read: (root: string, problems: Problem[]) => unknown): string[] {
  const root = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'content-file-')), 'content');
  fs.mkdirSync(root);
  fs.writeFileSync(path.join(root, name), text);
  const problems: Problem[] = [];
  read(root, problems);
  return problems.map(formatProblem);
}
