/** /tax_rates: per country (GB mnemonic ids, US and CA per-business GUIDs). Read-only here. */
import type { RouteDef } from '../context.ts';
import { readRoutes } from './kit.ts';
import { TAX_RATES, buildTaxRate, type TaxRateRecord } from '../world/records/tax_rates.ts';

export { TAX_RATES, buildTaxRate, type TaxRateRecord };

export const taxRateRoutes: RouteDef[] = readRoutes<TaxRateRecord>({ resource: TAX_RATES, sortable: ['name', 'percentage', 'created_at', 'updated_at'] });
