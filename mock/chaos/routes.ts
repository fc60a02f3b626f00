/**
 * The chaos control plane:
 *   PUT    /__mock/scenario   body: a scenario (JSON) -> 200 its status; 422 naming each field at fault
 *   GET    /__mock/scenario   the active scenario: each step's counts and what remains, the firings
 *   DELETE /__mock/scenario   removes it -> 204
 */
import type { RouteDef } from '../context.ts';
import { json, noContent } from '../core/http.ts';
import { apiError } from '../core/errors.ts';
import { ScenarioError } from './load.ts';
import { scenarioRefusal } from './engine.ts';

export const scenarioAdminRoutes: RouteDef[] = [
  {
    surface: 'admin',
    method: 'PUT',
    path: '/__mock/scenario',
    async handler(ctx) {
      if (ctx.body === undefined) throw apiError('RecordInvalid', { source: 'base', message: 'The body must be a scenario (JSON).' });
      try {
        ctx.mock.scenarios.apply(ctx.body as never);
      } catch (e) {
        if (e instanceof ScenarioError) scenarioRefusal(e);
        throw e;
      }
      await ctx.mock.chaos.settled();
      return json(200, { scenario: ctx.mock.chaos.scenario, status: ctx.mock.scenarios.status() });
    },
  },
  {
    surface: 'admin',
    method: 'GET',
    path: '/__mock/scenario',
    handler(ctx) {
      const status = ctx.mock.scenarios.status();
      if (!status) throw apiError('RecordNotFound', { message: 'No scenario is active.' });
      return json(200, { scenario: ctx.mock.chaos.scenario, status });
    },
  },
  {
    surface: 'admin',
    method: 'DELETE',
    path: '/__mock/scenario',
    handler(ctx) {
      ctx.mock.scenarios.clear();
      return noContent();
    },
  },
];
