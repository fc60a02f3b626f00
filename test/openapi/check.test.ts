/**
 * `scripts/openapi-check.ts`: passes on the repository's openapi/, fails (exit 1, clear message)
 * when openapi/types.ts no longer matches the document, and catches broken schemas.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkOpenApi, compileSchemas, requiredNamesDefined } from '../../scripts/openapi-check.ts';
import { DOCUMENT_PATH, GENERATED_HEADER, TYPES_PATH, generateTypes } from '../../scripts/openapi-generate.ts';

const CHECK_SCRIPT = fileURLToPath(new URL('../../scripts/openapi-check.ts', import.meta.url));

describe('openapi check', () => {
  let dir: string;
  let doc: string;
  let types: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sage-mock-openapi-'));
    doc = join(dir, 'sage-mock.openapi.yaml');
    types = join(dir, 'types.ts');
    await copyFile(DOCUMENT_PATH, doc);
    await copyFile(TYPES_PATH, types);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('passes on the repository: the document is valid and openapi/types.ts is current', async () => {
    expect(await checkOpenApi()).toEqual({ ok: true, problems: [] });
  });

  it('generates the same text every time, under the generated-file header', async () => {
    const text = await generateTypes();
    expect(text.startsWith(GENERATED_HEADER)).toBe(true);
    expect(await generateTypes()).toBe(text);
    expect(await readFile(TYPES_PATH, 'utf8')).toBe(text);
  });

  it('fails when the types were edited by hand', async () => {
    await writeFile(types, (await readFile(TYPES_PATH, 'utf8')).replace('$dataCode: string;', '$dataCode: number;'));
    const result = await checkOpenApi({ documentPath: doc, typesPath: types });
    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/types\.ts is stale .*run `npm run openapi:generate`.*\$dataCode: number/);
  });

  it('fails when the document changed after the types were generated, and the CLI exits 1', async () => {
    await copyFile(TYPES_PATH, types);
    const text = await readFile(DOCUMENT_PATH, 'utf8');
    await writeFile(doc, text.replace('enum: [full_access, readonly]', 'enum: [full_access, readonly, offline]'));
    const result = await checkOpenApi({ documentPath: doc, typesPath: types });
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toMatch(/stale/);

    const run = promisify(execFile)(process.execPath, [CHECK_SCRIPT, doc, types]);
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/openapi:check failed[\s\S]*stale/) });
  });

  it('passes again once regenerated from the changed document', async () => {
    await writeFile(types, await generateTypes(doc));
    expect(await checkOpenApi({ documentPath: doc, typesPath: types })).toEqual({ ok: true, problems: [] });
  });

  it('catches a misspelt schema keyword and a required property that does not exist', async () => {
    const parsed = parse(await readFile(DOCUMENT_PATH, 'utf8'));
    expect(compileSchemas(parsed)).toEqual([]);
    expect(requiredNamesDefined(parsed)).toEqual([]);
    const broken = parse(stringify(parsed));
    broken.components.schemas.SageError.properties.$dataCode.minLenght = 1;
    broken.components.schemas.Contact.required.push('balanse');
    expect(compileSchemas(broken).join('\n')).toMatch(/SageError.*unknown keyword: "minLenght"/);
    expect(requiredNamesDefined(broken)).toEqual(['#/components/schemas/Contact: required property "balanse" is not defined']);
  });
});
