/**
 * Layer 4: the bearer token. Missing, unknown or expired -> 401 in Sage's error array.
 * A `readonly` token cannot write (403, a guess: Sage does not document it).
 */
import type { Layer } from '../core/pipeline.ts';
import { apiError } from '../core/errors.ts';
import { GLOBAL, type AppRecord, type UserRecord } from '../world/types.ts';

export const authLayer: Layer = {
  name: 'auth',
  async run(ctx, next) {
    if (ctx.surface !== 'api') return next();
    const header = ctx.req.headers['authorization'] ?? '';
    const m = /^bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) {
      ctx.facts.tokenState = 'missing';
      throw apiError('MissingToken');
    }
    const check = ctx.mock.state.tokens.checkAccess(m[1]!);
    if (check.state === 'unknown') {
      ctx.facts.tokenState = 'unknown';
      throw apiError('InvalidToken');
    }
    const t = check.record;
    Object.assign(ctx.facts, {
      tokenState: check.state,
      tokenId: t.id,
      chainId: t.chainId,
      generation: t.generation,
      clientId: t.clientId,
      userId: t.userId,
    });
    // Access tokens are never revoked early: a token whose chain has refreshed since (or was
    // revoked) still works for its 300 s. The flags let a contract tell which generation was used.
    const tokens = ctx.mock.state.tokens;
    if (tokens.isSuperseded(t)) ctx.facts.flags.push('superseded-access-token');
    if (tokens.chain(t.chainId)?.revokedAt != null) ctx.facts.flags.push('revoked-chain-access-token');
    if (check.state === 'expired') throw apiError('ExpiredToken');
    const store = ctx.mock.state.store;
    const user = store.collection<UserRecord>(GLOBAL, 'users').get(t.userId);
    const app = store.collection<AppRecord>(GLOBAL, 'apps').get(t.clientId);
    // Tokens are bound to their app: once the app is removed, its tokens are refused.
    if (!user || !app) throw apiError('InvalidToken');
    ctx.auth = { token: t, user, app };
    if (t.scope === 'readonly' && ctx.method !== 'GET') {
      throw apiError('MultiUserAccessDenied', { message: 'The access token has readonly scope and cannot change data.' });
    }
    return next();
  },
};
