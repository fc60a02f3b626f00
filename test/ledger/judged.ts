/**
 * The harness of the ledger surface tests: one adapter's harness, reset before each test, and a
 * `call` that sends a request and judges its answer against openapi/sage-mock.openapi.yaml (a
 * response that drifts from the document fails the test), with the GB fixture.
 */
import { beforeAll, beforeEach, expect } from 'vitest';
import { useHarness, type AdapterName, type LiveHarness } from '../support/harness.ts';
import { ResponseValidator } from '../openapi/validator.ts';
import { fixture, type Fixture } from './support.ts';

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface JudgedApi {
  h: LiveHarness;
  /** The GB business's fixture, taken afresh before each test. */
  readonly gb: Fixture;
  /** A request (with `business`, as a user who reaches it), its answer judged against the document. */
  call(method: string, path: string, json?: unknown, business?: string): Promise<{ status: number; body: Json }>;
}

export function useJudgedApi(adapter: AdapterName): JudgedApi {
  const h = useHarness(adapter);
  let spec: ResponseValidator;
  let gb: Fixture;
  beforeAll(async () => {
    spec = await ResponseValidator.load();
  });
  beforeEach(() => {
    gb = fixture(h.mock, 'GB');
  });
  return {
    h,
    get gb() {
      return gb;
    },
    async call(method, path, json, business) {
      const user = business ? h.world.users.findIndex((u) => JSON.stringify(u).includes(business)) : 0;
      const res = await h.api(path, { method, json, business, token: user > 0 ? h.token(user) : undefined });
      const text = await res.text();
      expect(
        spec.validateExchange({ method, path, status: res.status, headers: res.headers, text }),
        `${method} ${path}: ${text.slice(0, 300)}`,
      ).toEqual([]);
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
  };
}
