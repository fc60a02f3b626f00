/** The business's own small lists as seeded: price and rate types, analysis types. */
import type { Rng } from '../../core/rng.ts';
import type { StoredRecord } from '../../store/index.ts';

export type BusinessListRecord = StoredRecord & { id: string; displayed_as: string; $path: string; created_at: string; updated_at: string };
type Rec = BusinessListRecord;

/** The records a new business starts with (*guess*: two price types, two rate types, three analysis types). */
export function buildBusinessLists(rng: Rng, at: string): Record<string, Rec[]> {
  const rec = (resource: string, fields: Record<string, unknown>, displayed: string): Rec => {
    const id = rng.hexId();
    return { id, displayed_as: displayed, $path: `/${resource}/${id}`, created_at: at, updated_at: at, ...fields };
  };
  return {
    product_sales_price_types: [
      rec('product_sales_price_types', { name: 'Selling Price', active: true }, 'Selling Price'),
      rec('product_sales_price_types', { name: 'Trade', active: true }, 'Trade'),
    ],
    service_rate_types: [
      rec('service_rate_types', { name: 'Hourly', active: true }, 'Hourly'),
      rec('service_rate_types', { name: 'Daily', active: true }, 'Daily'),
    ],
    analysis_types: ['Department', 'Cost Centre', 'Project'].map((name) =>
      rec('analysis_types', { active_areas: ['sales', 'purchasing'], analysis_type_level: ['line'], name }, name),
    ),
  };
}
