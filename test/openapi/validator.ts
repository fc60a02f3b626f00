/**
 * Judges real responses by `openapi/sage-mock.openapi.yaml`: the status must be one the operation
 * lists, the body must match that response's schema (Ajv, JSON Schema 2020-12, as OpenAPI 3.1
 * uses), every header the response declares `required` must be there and every declared header
 * present must match its schema. One rule goes beyond OpenAPI: `X-Business` on a response that
 * does not declare it is a failure (the document says `/businesses*` and `/user` never send it).
 */
import type { ValidateFunction } from 'ajv';
import { createSchemaAjv, schemaId, withAbsoluteRefs } from '../../scripts/openapi-check.ts';
import { DOCUMENT_PATH, readDocument } from '../../scripts/openapi-generate.ts';

type Json = Record<string, unknown>;

/** One exchange as the client saw it. `path` is below the server base (`/contacts/abc`, `/__mock/world`). */
export interface Exchange {
  method: string;
  path: string;
  status: number;
  headers: Headers;
  /** The raw body text ('' when there was none). */
  text: string;
}

/** Headers the document governs in both directions: present only where declared. */
const DECLARED_ONLY = ['x-business'];

export class ResponseValidator {
  readonly doc: Json;
  readonly #ajv: ReturnType<typeof createSchemaAjv>;
  readonly #compiled = new Map<string, ValidateFunction>();

  constructor(doc: Json) {
    this.doc = doc;
    this.#ajv = createSchemaAjv(doc);
  }

  static async load(documentPath: string = DOCUMENT_PATH): Promise<ResponseValidator> {
    return new ResponseValidator(await readDocument(documentPath));
  }

  /** Errors of `value` against `components.schemas[name]` (empty when it matches). */
  validateSchema(name: string, value: unknown): string[] {
    const validate = this.#ajv.getSchema(schemaId(name));
    if (!validate) return [`no schema named ${name}`];
    return validate(value) ? [] : formatErrors(validate);
  }

  /** Errors of an exchange against the operation the document gives its method and path. */
  validateExchange(ex: Exchange): string[] {
    const found = this.#operation(ex.method, ex.path);
    if (!found) return [`${ex.method} ${ex.path}: no operation in the document`];
    const responses = (found.operation.responses ?? {}) as Json;
    const response = responses[String(ex.status)] ?? responses.default;
    if (!response) {
      return [`${ex.method} ${found.template}: status ${ex.status} is not documented (documented: ${Object.keys(responses).join(', ')})`];
    }
    return this.#checkResponse(`${ex.method} ${found.template} ${ex.status}`, response as Json, ex);
  }

  /** Errors of an exchange against `components.responses[name]` (answers outside any operation: 404 route, 405). */
  validateComponentResponse(name: string, ex: Exchange): string[] {
    const response = ((this.doc.components as Json).responses as Json)[name];
    if (!response) return [`no response component named ${name}`];
    return this.#checkResponse(`${name} (${ex.method} ${ex.path} ${ex.status})`, response as Json, ex);
  }

  /** The property names of a component schema, in document order. */
  propertyOrder(name: string): string[] {
    const schema = ((this.doc.components as Json).schemas as Json)[name] as Json | undefined;
    return Object.keys((schema?.properties ?? {}) as Json);
  }

  #checkResponse(label: string, responseOrRef: Json, ex: Exchange): string[] {
    const response = this.#resolve(responseOrRef);
    const errors: string[] = [];
    const declared = new Set<string>();
    for (const [name, headerOrRef] of Object.entries((response.headers ?? {}) as Json)) {
      const header = this.#resolve(headerOrRef as Json);
      declared.add(name.toLowerCase());
      const value = ex.headers.get(name);
      if (value === null) {
        if (header.required === true) errors.push(`${label}: required header ${name} is missing`);
        continue;
      }
      const validate = this.#compile(`header:${name}:${JSON.stringify(header.schema)}`, header.schema as Json);
      if (!validate(headerValue(value, header.schema as Json))) {
        errors.push(...formatErrors(validate).map((e) => `${label}: header ${name} ${JSON.stringify(value)}: ${e}`));
      }
    }
    for (const name of DECLARED_ONLY) {
      if (!declared.has(name) && ex.headers.get(name) !== null) {
        errors.push(`${label}: header ${name} is sent but the document does not declare it here`);
      }
    }

    const content = response.content as Json | undefined;
    if (!content) {
      if (ex.text !== '') errors.push(`${label}: the document declares no body, got ${JSON.stringify(ex.text.slice(0, 80))}`);
      return errors;
    }
    const mediaType = (ex.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    const media = content[mediaType] as Json | undefined;
    if (!media) {
      errors.push(`${label}: content type ${JSON.stringify(mediaType)} is not one of ${Object.keys(content).join(', ')}`);
      return errors;
    }
    if (!media.schema) return errors;
    let body: unknown = ex.text;
    if (mediaType === 'application/json') {
      try {
        body = JSON.parse(ex.text);
      } catch {
        errors.push(`${label}: the body is not JSON: ${JSON.stringify(ex.text.slice(0, 80))}`);
        return errors;
      }
    }
    const validate = this.#compile(`body:${label}:${JSON.stringify(media.schema)}`, media.schema as Json);
    if (!validate(body)) errors.push(...formatErrors(validate).map((e) => `${label}: body ${e}`));
    return errors;
  }

  /** The operation for a concrete path: literal segments win over `{param}` ones (`/businesses/lead`). */
  #operation(method: string, rawPath: string): { template: string; operation: Json } | null {
    const parts = rawPath.split('?')[0]!.split('/').filter(Boolean);
    let best: { template: string; operation: Json; params: number } | null = null;
    for (const [template, item] of Object.entries((this.doc.paths ?? {}) as Json)) {
      const segments = template.split('/').filter(Boolean);
      if (segments.length !== parts.length) continue;
      const matches = segments.every((s, i) => isParam(s) || s === parts[i]);
      const params = segments.filter(isParam).length;
      const operation = (item as Json)[method.toLowerCase()] as Json | undefined;
      if (matches && operation && (!best || params < best.params)) best = { template, operation, params };
    }
    return best;
  }

  #resolve(node: Json): Json {
    let current = node;
    for (let hops = 0; typeof current.$ref === 'string' && hops < 10; hops++) {
      const pointer = (current.$ref as string).replace(/^#\//, '').split('/');
      current = pointer.reduce<Json>((o, key) => o[key.replace(/~1/g, '/').replace(/~0/g, '~')] as Json, this.doc);
      if (!current) throw new Error(`unresolved $ref ${String(node.$ref)}`);
    }
    return current;
  }

  #compile(key: string, schema: Json): ValidateFunction {
    let validate = this.#compiled.get(key);
    if (!validate) {
      validate = this.#ajv.compile(withAbsoluteRefs(schema));
      this.#compiled.set(key, validate);
    }
    return validate;
  }
}

function isParam(segment: string): boolean {
  return segment.startsWith('{') && segment.endsWith('}');
}

/** Header values are text; an integer header (`Retry-After`) is judged as the number it spells. */
function headerValue(value: string, schema: Json | undefined): unknown {
  if (schema?.type === 'integer' && /^-?\d+$/.test(value)) return Number(value);
  return value;
}

function formatErrors(validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map(
    (e) =>
      `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}`,
  );
}
