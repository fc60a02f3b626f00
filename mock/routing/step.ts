/**
 * Business routing (X-Business): which business a request works on. `X-Business` if given, else the user's lead
 * business. A business the user cannot reach -> 403 MultiUserAccessDenied (a guess). Every
 * business-routed response carries `X-Business` with the business actually used, so clients
 * can detect drift. `/businesses*` and `/user` are not routed and carry no header.
 */
import type { Step } from '../context.ts';
import { apiError } from '../core/errors.ts';
import { canAccess } from '../world/access.ts';
import { GLOBAL, type BusinessRecord } from '../world/types.ts';

export const businessStep: Step = {
  name: 'business',
  run(ctx, next) {
    if (ctx.surface !== 'api' || !ctx.auth || !ctx.route || ctx.route.business === false) return next();
    const store = ctx.mock.state.store;
    const user = ctx.auth.user;
    const requested = ctx.req.headers['x-business']?.trim();
    const id = requested || user.lead_business_id;
    ctx.facts.businessSource = requested ? 'header' : 'lead';
    if (!id) throw apiError('MultiUserAccessDenied', { message: 'The user has no business.' });
    ctx.facts.businessId = id;
    const business = store.collection<BusinessRecord>(GLOBAL, 'businesses').get(id);
    if (!business || !canAccess(store, user.id, id)) throw apiError('MultiUserAccessDenied');
    if (!business.subscription_active) throw apiError('NoActiveSubscription');
    ctx.business = business;
    ctx.responseHeaders['x-business'] = business.id;
    return next();
  },
};
