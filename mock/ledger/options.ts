/** Options of the ledger (`createSageMock({ ledger })`). */
export interface LedgerOptions {
  /**
   * Compute a line's missing `tax_amount` from its rate instead of refusing the line (default
   * false). Not Sage: v3.1 requires `tax_amount` on every line whose rate is above 0%; this keeps
   * the lenient behaviour for clients that rely on it.
   */
  computeMissingTax?: boolean;
}
