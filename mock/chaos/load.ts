/**
 * Reading and checking scenarios: YAML or JSON text (parsed by `yaml`, which keeps every node's
 * position), validated against `scenarios/scenario.schema.json` (Ajv), then the checks a schema
 * cannot express (a step that can never match, a clock step with a fault that needs a request).
 * A scenario that fails is refused as a whole with a `ScenarioError` naming each field and, for
 * text, its line.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Document, LineCounter } from 'yaml';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type { RouteDef } from '../context.ts';
import { resourceRoutes } from '../resources/index.ts';
import { authRoutes } from '../auth/routes.ts';
import { HTTP_FAULTS, NETWORK_FAULTS, type Scenario, type ScenarioStep, type ScenarioSurface } from './types.ts';
import { compilePath, stripApiBase, surfaceOf } from './match.ts';
import { CHURN_INSERTABLE, canChurn } from './churn.ts';

export interface ScenarioIssue {
  /** The field at fault, as a path (`steps[1].fault.type`; `(root)` for the whole scenario). */
  field: string;
  /** 1-based line in the file, when the scenario came from text. */
  line: number | null;
  message: string;
}

export class ScenarioError extends Error {
  readonly issues: ScenarioIssue[];
  readonly source: string | null;
  constructor(issues: ScenarioIssue[], source: string | null = null) {
    super(formatIssues(issues, source));
    this.name = 'ScenarioError';
    this.issues = issues;
    this.source = source;
  }
}

function formatIssues(issues: ScenarioIssue[], source: string | null): string {
  const where = source ? `${source}: ` : '';
  return issues.map((i) => `${where}${i.field}${i.line !== null ? ` (line ${i.line})` : ''}: ${i.message}`).join('\n');
}

/** The folder of built-in scenarios and the schema (in a checkout and in the installed package). */
export function scenariosDir(): string {
  for (const rel of ['../../scenarios/', '../../../scenarios/']) {
    const url = new URL(rel, import.meta.url);
    if (existsSync(new URL('scenario.schema.json', url))) return url.pathname;
  }
  throw new Error('sage-mock: the scenarios/ folder is missing from the package');
}

// yaml and Ajv are loaded on the first scenario, not with the mock (~40 ms of start-up for every
// mock and every `sage-mock serve`, most of which never load a scenario).
const requireLazily = createRequire(import.meta.url);
let yamlModule: typeof import('yaml') | undefined;
const yaml = () => (yamlModule ??= requireLazily('yaml') as typeof import('yaml'));

let validator: ValidateFunction | undefined;
function schemaValidator(): ValidateFunction {
  if (!validator) {
    const schema = JSON.parse(readFileSync(`${scenariosDir()}scenario.schema.json`, 'utf8')) as object;
    const { Ajv2020 } = requireLazily('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
    validator = new Ajv2020({ allErrors: true, strict: true, discriminator: true }).compile(schema);
  }
  return validator;
}

/** Parses YAML or JSON text and validates it; throws `ScenarioError` (with lines) when it is not a valid scenario. */
export function parseScenario(text: string, source: string | null = null): Scenario {
  const { LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ScenarioError(
      doc.errors.map((e) => ({
        field: '(syntax)',
        line: e.linePos?.[0]?.line ?? lines.linePos(e.pos[0]).line,
        message: e.message.split('\n')[0]!,
      })),
      source,
    );
  }
  const value: unknown = doc.toJS({ maxAliasCount: 100 });
  const lineOf = (path: (string | number)[]) => nodeLine(doc, lines, path);
  return checkScenario(value, { lineOf, source });
}

/** Validates a scenario object (from TypeScript or a control-plane body); throws `ScenarioError`. */
export function checkScenario(
  value: unknown,
  opts: { lineOf?: (path: (string | number)[]) => number | null; source?: string | null; routes?: readonly RouteDef[] } = {},
): Scenario {
  const lineOf = opts.lineOf ?? (() => null);
  const validate = schemaValidator();
  if (!validate(value)) {
    throw new ScenarioError(schemaIssues(validate.errors ?? [], lineOf), opts.source ?? null);
  }
  const scenario = value as unknown as Scenario;
  const issues = semanticIssues(scenario, opts.routes ?? [...resourceRoutes, ...authRoutes], lineOf);
  if (issues.length > 0) throw new ScenarioError(issues, opts.source ?? null);
  return scenario;
}

/** A built-in's name, or a file path: the validated scenario. */
export function loadScenario(nameOrFile: string): Scenario {
  const builtIn = `${scenariosDir()}${nameOrFile}.yaml`;
  if (/^[a-z0-9-]+$/.test(nameOrFile) && existsSync(builtIn)) return parseScenario(readFileSync(builtIn, 'utf8'), `${nameOrFile}.yaml`);
  if (!existsSync(nameOrFile)) {
    throw new ScenarioError([
      {
        field: '(file)',
        line: null,
        message: `no built-in scenario or file named ${nameOrFile} (built-ins: ${builtInNames().join(', ')})`,
      },
    ]);
  }
  return parseScenario(readFileSync(nameOrFile, 'utf8'), nameOrFile);
}

/** The names of the built-in scenarios. */
export function builtInNames(): string[] {
  return readdirSync(scenariosDir())
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -5))
    .sort();
}

/** The text of a built-in scenario, or null. */
export function builtInText(name: string): string | null {
  if (!/^[a-z0-9-]+$/.test(name)) return null;
  const file = `${scenariosDir()}${name}.yaml`;
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

function fieldName(path: (string | number)[]): string {
  if (path.length === 0) return '(root)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function nodeLine(doc: Document, lines: LineCounter, path: (string | number)[]): number | null {
  // The deepest node that exists on the path (a missing field: its parent object).
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (yaml().isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return null;
}

function schemaIssues(errors: ErrorObject[], lineOf: (path: (string | number)[]) => number | null): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const path = e.instancePath
      .split('/')
      .slice(1)
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
    let message = e.message ?? 'is invalid';
    if (e.keyword === 'additionalProperties') {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      path.push(extra);
      message = 'is not a known field';
    } else if (e.keyword === 'required') {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      path.push(missing);
      message = 'is required';
    } else if (e.keyword === 'discriminator') {
      path.push('type');
      const tag = (e.params as { tagValue?: unknown }).tagValue;
      message = tag === undefined ? 'is required' : `unknown fault type ${JSON.stringify(tag)}`;
    } else if (e.keyword === 'enum') {
      message = `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map(String).join(', ')}`;
    } else if (e.keyword === 'const') {
      message = `must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`;
    }
    const field = fieldName(path);
    const key = `${field}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ field, line: lineOf(path), message });
  }
  return out;
}

const REQUEST_ONLY = new Set<string>([...NETWORK_FAULTS, ...HTTP_FAULTS, 'churn']);

function semanticIssues(s: Scenario, routes: readonly RouteDef[], lineOf: (path: (string | number)[]) => number | null): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  const add = (path: (string | number)[], message: string) => out.push({ field: fieldName(path), line: lineOf(path), message });
  const names = new Set<string>();
  s.steps.forEach((step: ScenarioStep, i) => {
    const base: (string | number)[] = ['steps', i];
    if (step.name !== undefined) {
      if (names.has(step.name)) add([...base, 'name'], `another step is already named ${step.name}`);
      names.add(step.name);
    }
    const type = step.fault.type;
    if (step.at) {
      if (step.match) add([...base, 'at'], 'a step has either match (a request trigger) or at (a clock trigger), not both');
      if (REQUEST_ONLY.has(type)) add([...base, 'fault', 'type'], `${type} needs a request: use match, not at`);
      if (step.after !== undefined) add([...base, 'after'], 'after counts matching requests: a clock step has none');
      if (step.probability !== undefined) add([...base, 'probability'], 'a clock step fires when due; probability applies to requests');
      if (type === 'subscription-off' && step.fault.business_id === undefined)
        add([...base, 'fault', 'business_id'], 'a clock step has no request to take the business from: give business_id');
      return;
    }
    const m = step.match ?? {};
    const surface = surfaceOf(m);
    if (m.path !== undefined) {
      const path = surface === 'api' ? stripApiBase(m.path) : m.path;
      if (path.startsWith('/__mock')) add([...base, 'match', 'path'], 'the control plane is never faulted: this path can never match');
      else if (!anyRoute(routes, surface, m.method, path)) {
        add(
          [...base, 'match', 'path'],
          `no ${m.method ? `${m.method.toUpperCase()} ` : ''}route of the ${surface ?? 'api'} surface matches ${m.path}: this step can never match`,
        );
      }
    } else if (
      m.method !== undefined &&
      !routes.some((r) => (surface === undefined || r.surface === surface) && sameMethod(r.method, m.method!))
    ) {
      add([...base, 'match', 'method'], `no route answers ${m.method.toUpperCase()}: this step can never match`);
    }
    if (surface && surface !== 'api' && m.business_id !== undefined)
      add([...base, 'match', 'business_id'], `${surface} requests have no business: this step can never match`);
    if (type === 'churn') {
      const lists =
        m.path === undefined
          ? []
          : routes.filter(
              (r) => r.surface === 'api' && r.method === 'GET' && !r.path.includes(':') && compilePath(stripApiBase(m.path!)).test(r.path),
            );
      const action = step.fault.action ?? 'delete';
      if (lists.length === 0) add([...base, 'match', 'path'], 'churn changes the listed resource: match a list path (GET /contacts)');
      else if (m.method !== undefined && m.method.toUpperCase() !== 'GET')
        add([...base, 'match', 'method'], 'churn happens between the pages of a walk: match GET');
      else if (!lists.some((r) => canChurn(routes, action, r.path))) {
        const what = lists.map((r) => r.path).join(', ');
        add(
          [...base, 'fault', 'action'],
          action === 'insert'
            ? `churn cannot insert into ${what}: it inserts ${CHURN_INSERTABLE.join(', ')}`
            : `churn cannot ${action} records of ${what}: ${action === 'update' ? 'PUT' : 'DELETE'} is not served there`,
        );
      }
    }
    if (step.fault.type === 'status' && step.fault.body === 'html' && ![502, 503, 504].includes(step.fault.status)) {
      add([...base, 'fault', 'body'], 'an HTML body is what a front proxy sends for 502, 503 or 504');
    }
  });
  return out;
}

function sameMethod(routeMethod: string, method: string): boolean {
  const m = method.toUpperCase();
  return routeMethod === m || (m === 'HEAD' && routeMethod === 'GET');
}

/** True when some route of the surface (and method) could answer a path matching the glob. */
function anyRoute(routes: readonly RouteDef[], surface: ScenarioSurface | undefined, method: string | undefined, glob: string): boolean {
  const g = glob.split('/').filter(Boolean);
  return routes.some(
    (r) =>
      (surface === undefined || r.surface === surface) &&
      (method === undefined || sameMethod(r.method, method)) &&
      segmentsMeet(g, r.path.split('/').filter(Boolean)),
  );
}

/** Can a path matching the glob segments `g` also match the route segments `r` (`:param` matches any one segment)? */
function segmentsMeet(g: string[], r: string[]): boolean {
  if (g.length === 0) return r.length === 0;
  const [head, ...rest] = g;
  if (head === '**') {
    for (let k = 0; k <= r.length; k++) if (segmentsMeet(rest, r.slice(k))) return true;
    return false;
  }
  if (r.length === 0) return false;
  const seg = r[0]!;
  const ok = seg.startsWith(':') || compilePath(`/${head}`).test(`/${seg}`);
  return ok && segmentsMeet(rest, r.slice(1));
}
