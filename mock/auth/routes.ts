/** OAuth endpoints (authorize, consent, token, revoke). */
import type { RouteDef } from '../core/router.ts';

export const authRoutes: RouteDef[] = [];
