/**
 * The good reference client passes every case, each case a vitest test made by `contractTests`
 * (the helper a team uses to add the plan to its own suite: `sage-mock/contracts/vitest`), in-process through MSW.
 */
import { contractTests } from '../../contracts/vitest.ts';
import { goodClient } from '../../examples/clients/good-client.ts';

contractTests(goodClient, { accept: ['pass'] });
