/**
 * Checks `openapi/`: the document is well-formed OpenAPI 3.1 (Redocly's `recommended` rules, the
 * ones openapi-typescript is built on), every schema in it compiles as JSON Schema 2020-12 under
 * Ajv's strict mode (which catches misspelt keywords), and `openapi/types.ts` is exactly what
 * `scripts/openapi-generate.ts` makes from it. Exits 1 with the reasons otherwise.
 *
 *   node scripts/openapi-check.ts [document.yaml] [types.ts]
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createConfig, lintFromString, type NormalizedProblem } from '@redocly/openapi-core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { DOCUMENT_PATH, TYPES_PATH, generateTypes, readDocument } from './openapi-generate.ts';

export interface CheckResult {
  ok: boolean;
  /** One readable line per problem. */
  problems: string[];
}

/** Where the document and the generated types live (defaults: this repository's `openapi/`). */
export interface CheckPaths {
  documentPath?: string;
  typesPath?: string;
}

/** Each component schema is registered with Ajv under `${SCHEMA_BASE}/<Name>`. */
export const SCHEMA_BASE = 'https://sage-mock.invalid/openapi/components/schemas';

const LOCAL_SCHEMA_REF = '#/components/schemas/';

export function schemaId(name: string): string {
  return `${SCHEMA_BASE}/${name}`;
}

/** A copy of a schema whose `#/components/schemas/X` refs point at the registered `X`. */
export function withAbsoluteRefs<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(withAbsoluteRefs) as T;
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) {
    out[k] =
      k === '$ref' && typeof v === 'string' && v.startsWith(LOCAL_SCHEMA_REF)
        ? schemaId(v.slice(LOCAL_SCHEMA_REF.length))
        : withAbsoluteRefs(v);
  }
  return out as T;
}

export function componentSchemas(doc: Record<string, unknown>): Record<string, unknown> {
  return ((doc.components as Record<string, unknown> | undefined)?.schemas ?? {}) as Record<string, unknown>;
}

/**
 * An Ajv for JSON Schema 2020-12 (the dialect of OpenAPI 3.1) that knows every component schema
 * of the document: `ajv.getSchema(schemaId('Contact'))` validates a contact. Strict mode is on, so
 * an unknown keyword or format in the document is an error rather than a silent pass.
 */
export function createSchemaAjv(doc: Record<string, unknown>): Ajv2020 {
  // Union types (`type: [string, 'null']`) are ordinary in OpenAPI 3.1. `required` next to an
  // `allOf` (how `Contact` requires the attributes `ContactAttributes` defines) is checked by
  // `requiredNamesDefined` instead of Ajv's strictRequired, which only looks at one level.
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, allowUnionTypes: true });
  addFormats.default(ajv);
  // Our vendor extension may sit next to schemas; it carries no validation.
  ajv.addKeyword('x-sage-mock-guess');
  for (const [name, schema] of Object.entries(componentSchemas(doc))) {
    ajv.addSchema(withAbsoluteRefs(schema as object), schemaId(name));
  }
  return ajv;
}

/** Redocly's recommended rules for OpenAPI 3.1, with our one exception. */
async function lintConfig() {
  return createConfig({
    extends: ['recommended'],
    rules: {
      // Control-plane reads (`GET /__mock/world`, `GET /__mock/clock`) cannot fail with a 4xx.
      'operation-4xx-response': 'off',
    },
  });
}

/** Findings the document has on purpose, each with its reason. Anything else fails the check. */
const ACCEPTED_FINDINGS: { rule: string; pointer: string; why: string }[] = [
  {
    rule: 'no-unused-components',
    pointer: '#/components/responses/MethodNotAllowed',
    why: '405 answers methods the document does not list, so no operation can name it',
  },
  {
    rule: 'operation-2xx-response',
    pointer: '#/paths/~1oauth2~1auth~1consent/post/responses',
    why: 'the consent form always answers with a redirect (302) or an error page',
  },
];

function accepted(p: NormalizedProblem): boolean {
  const pointer = p.location[0]?.pointer ?? '';
  return ACCEPTED_FINDINGS.some((f) => f.rule === p.ruleId && f.pointer === pointer);
}

function describeProblem(p: NormalizedProblem): string {
  const loc = p.location[0];
  const where = loc ? `${loc.pointer ?? ''}` : '';
  return `${p.severity} ${p.ruleId}: ${p.message}${where ? ` (${where})` : ''}`;
}

/** The document's lint findings (errors and warnings both count). */
export async function lintDocument(documentPath: string): Promise<string[]> {
  const source = await readFile(documentPath, 'utf8');
  const problems = await lintFromString({ source, absoluteRef: documentPath, config: await lintConfig() });
  return problems.filter((p) => !accepted(p)).map(describeProblem);
}

/** Compiles every component schema; returns the ones that fail. */
export function compileSchemas(doc: Record<string, unknown>): string[] {
  const problems: string[] = [];
  let ajv: Ajv2020;
  try {
    ajv = createSchemaAjv(doc);
  } catch (e) {
    return [`schemas: ${(e as Error).message}`];
  }
  for (const name of Object.keys(componentSchemas(doc))) {
    try {
      ajv.getSchema(schemaId(name));
    } catch (e) {
      problems.push(`schema ${name}: ${(e as Error).message}`);
    }
  }
  return problems;
}

/**
 * Every name in a `required` list is a property the schema (or what its `allOf` pulls in)
 * defines: a misspelt required name would otherwise make every response fail, or none.
 */
export function requiredNamesDefined(doc: Record<string, unknown>): string[] {
  const schemas = componentSchemas(doc);
  const problems: string[] = [];
  const propertyNames = (schema: unknown, seen: Set<unknown> = new Set()): Set<string> => {
    const names = new Set<string>();
    if (!schema || typeof schema !== 'object' || seen.has(schema)) return names;
    seen.add(schema);
    const s = schema as Record<string, unknown>;
    if (typeof s.$ref === 'string' && s.$ref.startsWith(LOCAL_SCHEMA_REF)) {
      for (const n of propertyNames(schemas[s.$ref.slice(LOCAL_SCHEMA_REF.length)], seen)) names.add(n);
    }
    for (const n of Object.keys((s.properties ?? {}) as object)) names.add(n);
    for (const member of (s.allOf ?? []) as unknown[]) for (const n of propertyNames(member, seen)) names.add(n);
    return names;
  };
  const visit = (node: unknown, where: string): void => {
    if (Array.isArray(node)) {
      for (const [i, n] of node.entries()) visit(n, `${where}/${i}`);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const s = node as Record<string, unknown>;
    if (Array.isArray(s.required) && (s.properties || s.allOf)) {
      const defined = propertyNames(s);
      for (const name of s.required)
        if (!defined.has(String(name))) problems.push(`${where}: required property "${String(name)}" is not defined`);
    }
    for (const [k, v] of Object.entries(s)) visit(v, `${where}/${k}`);
  };
  visit(doc.components, '#/components');
  visit(doc.paths, '#/paths');
  return problems;
}

/** The first line where two texts differ, for a stale-file message. */
function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i])
      return `line ${i + 1}: expected ${JSON.stringify(a[i] ?? '<end of file>')}, found ${JSON.stringify(b[i] ?? '<end of file>')}`;
  }
  return 'identical';
}

export async function checkOpenApi(paths: CheckPaths = {}): Promise<CheckResult> {
  const documentPath = paths.documentPath ?? DOCUMENT_PATH;
  const typesPath = paths.typesPath ?? TYPES_PATH;
  const problems: string[] = [];

  let doc: Record<string, unknown>;
  try {
    doc = await readDocument(documentPath);
  } catch (e) {
    return { ok: false, problems: [`cannot read ${documentPath}: ${(e as Error).message}`] };
  }
  if (typeof doc.openapi !== 'string' || !/^3\.1\.\d+$/.test(doc.openapi)) {
    problems.push(`${documentPath}: \`openapi\` must be 3.1.x, found ${JSON.stringify(doc.openapi)}`);
  }
  problems.push(...(await lintDocument(documentPath)));
  problems.push(...compileSchemas(doc));
  problems.push(...requiredNamesDefined(doc));

  let expected: string | undefined;
  try {
    expected = await generateTypes(documentPath);
  } catch (e) {
    problems.push(`openapi-typescript cannot read the document: ${(e as Error).message}`);
  }
  if (expected !== undefined) {
    let actual: string | undefined;
    try {
      actual = await readFile(typesPath, 'utf8');
    } catch {
      problems.push(`${typesPath} is missing: run \`npm run openapi:generate\``);
    }
    if (actual !== undefined && actual !== expected) {
      problems.push(
        `${typesPath} is stale (it does not match ${documentPath}): run \`npm run openapi:generate\`. First difference at ${firstDifference(expected, actual)}`,
      );
    }
  }
  return { ok: problems.length === 0, problems };
}

async function main(): Promise<void> {
  const [documentPath, typesPath] = process.argv.slice(2);
  const result = await checkOpenApi({ documentPath, typesPath });
  if (result.ok) {
    console.log('openapi: document is valid OpenAPI 3.1 and openapi/types.ts is up to date');
    return;
  }
  console.error(`openapi:check failed (${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}):`);
  for (const p of result.problems) console.error(`  - ${p}`);
  process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e: unknown) => {
    console.error(`openapi:check failed: ${e instanceof Error ? e.stack : String(e)}`);
    process.exit(1);
  });
}
