/** The scopes an app can ask for, and what each grants. */
export type Scope = 'full_access' | 'readonly';
export const SCOPES: readonly Scope[] = ['full_access', 'readonly'];
/** [guess] The scope granted when an authorization request (or a control-plane connect) names none. */
export const DEFAULT_SCOPE: Scope = 'full_access';
/** The `scopes` claim per granted scope (full_access from Sage's example; readonly a [guess]). */
export const SCOPE_CLAIMS: Record<Scope, string> = {
  full_access: 'accounts:rw accounting:rw core:rw',
  readonly: 'accounts:r accounting:r core:r',
};
