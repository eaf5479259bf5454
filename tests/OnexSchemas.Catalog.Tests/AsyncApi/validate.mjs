// Validates an AsyncAPI document with the AsyncAPI project's parser and prints its diagnostics as JSON lines:
// {"severity": 0-3, "code": ..., "message": ..., "path": [...]}. Severity 0 is an error. Exit code 0 when the
// parser produced a document (the caller decides what the diagnostics mean), 2 when it could not run.
import { readFile } from 'node:fs/promises';
import { Parser } from '@asyncapi/parser';

const file = process.argv[2];
if (!file) {
  console.error('usage: node validate.mjs FILE');
  process.exit(2);
}

const parser = new Parser();
const { document, diagnostics } = await parser.parse(await readFile(file, 'utf8'));
for (const diagnostic of diagnostics) {
  console.log(JSON.stringify({ severity: diagnostic.severity, code: diagnostic.code, message: diagnostic.message, path: diagnostic.path }));
}
console.log(JSON.stringify({ parsed: document !== undefined }));
