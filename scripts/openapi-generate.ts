/**
 * Generates `openapi/types.ts` from `openapi/sage-mock.openapi.yaml` with openapi-typescript's
 * Node API. The output depends on the document only (no dates, no paths), so the same document
 * always gives the same file byte for byte; `scripts/openapi-check.ts` relies on that.
 *
 *   node scripts/openapi-generate.ts [document.yaml] [types.ts]
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { parse } from 'yaml';

export const DOCUMENT_PATH = fileURLToPath(new URL('../openapi/sage-mock.openapi.yaml', import.meta.url));
export const TYPES_PATH = fileURLToPath(new URL('../openapi/types.ts', import.meta.url));

export const GENERATED_HEADER = `/**
 * GENERATED FILE, DO NOT EDIT.
 * Made by scripts/openapi-generate.ts (openapi-typescript) from openapi/sage-mock.openapi.yaml.
 * Change the document, then run \`npm run openapi:generate\`; \`npm run openapi:check\` fails while
 * this file is stale.
 */

`;

/** The document as data. YAML anchors are resolved here, so openapi-typescript sees plain JSON. */
export async function readDocument(documentPath: string = DOCUMENT_PATH): Promise<Record<string, unknown>> {
  const doc: unknown = parse(await readFile(documentPath, 'utf8'));
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new Error(`${documentPath}: not a YAML mapping`);
  return doc as Record<string, unknown>;
}

/** The text of `openapi/types.ts` for a document. */
export async function generateTypes(documentPath: string = DOCUMENT_PATH): Promise<string> {
  const doc = await readDocument(documentPath);
  // A deep copy: openapi-typescript annotates the object it is given.
  const ast = await openapiTS(structuredClone(doc) as unknown as OpenAPI3, {
    silent: true, // lint findings are reported by openapi-check; errors still throw
    alphabetize: false, // keep the document's order (token response keys are in Sage's order)
  });
  return GENERATED_HEADER + astToString(ast);
}

async function main(): Promise<void> {
  const [documentPath = DOCUMENT_PATH, typesPath = TYPES_PATH] = process.argv.slice(2);
  const text = await generateTypes(documentPath);
  await writeFile(typesPath, text);
  console.log(`openapi: wrote ${typesPath} (${text.split('\n').length} lines)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e: unknown) => {
    console.error(`openapi:generate failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
