/**
 * The business's own small lists: `/product_sales_price_types` and `/service_rate_types` (a name
 * and `active`, both required on POST, as Sage's description says), `/analysis_types` (list, get,
 * PUT: a business has three, *guess* names) and `/analysis_type_categories` (the values of an
 * analysis type: `code`, `name`, `analysis_type_id`; CRUD), and `/hosted_artefact_payment_settings`
 * (whether an artefact, by `object_guid`, can be paid online). One table per list; `recordRoutes`
 * (kit.ts) does the rest (list with its filters, get, POST, PUT, DELETE with tombstones).
 */
import type { RouteDef } from '../context.ts';
import type { RequestContext } from '../context.ts';
import { link, type Link } from '../core/records.ts';
import type { BusinessListRecord } from '../world/records/business_lists.ts';
import { type FieldReader, col, publicView, recordRoutes } from './kit.ts';

type Rec = BusinessListRecord;

/** A name and `active`, both required on POST. */
function nameAndActive(_ctx: RequestContext, f: FieldReader, prev: Rec | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const name = f.string('name', { required: !prev || f.has('name'), max: 50 });
  if (name !== undefined) out.name = name;
  const active = f.boolean('active');
  if (active !== undefined) out.active = active;
  else if (!prev && !f.v.items.some((i) => i.$source === 'active')) f.fail('active', "can't be blank");
  return out;
}

const activeFilter = { active: (v: string) => (r: Rec) => String(r.active) === v.trim().toLowerCase() };

/** The areas an analysis type can be used in, and its levels (*guess*: Sage lists no values). */
const ANALYSIS_AREAS = ['sales', 'purchasing', 'banking', 'journals'];
const ANALYSIS_LEVELS = ['header', 'line'];

function stringList(f: FieldReader, key: string, allowed: readonly string[]): string[] | undefined {
  const list = f.array(key);
  if (!list) return undefined;
  if (!list.every((x) => typeof x === 'string' && allowed.includes(x))) return f.fail(key, 'is invalid');
  return [...new Set(list as string[])];
}

export const businessListRoutes: RouteDef[] = [
  ...recordRoutes({
    resource: 'product_sales_price_types',
    singular: 'product_sales_price_type',
    read: nameAndActive,
    displayed: (r) => String(r.name),
    filters: activeFilter,
    methods: ['POST', 'PUT', 'DELETE'],
  }),
  ...recordRoutes({
    resource: 'service_rate_types',
    singular: 'service_rate_type',
    read: nameAndActive,
    displayed: (r) => String(r.name),
    filters: activeFilter,
    methods: ['POST', 'PUT', 'DELETE'],
  }),
  ...recordRoutes({
    resource: 'analysis_types',
    singular: 'analysis_type',
    methods: ['PUT'],
    displayed: (r) => String(r.name),
    // Its categories, as records: the ones of /analysis_type_categories that name it.
    render: (r, ctx) => ({
      ...publicView(r),
      analysis_type_categories: [...col<Rec>(ctx, 'analysis_type_categories').values()]
        .filter((c) => (c.analysis_type as Link).id === r.id)
        .map((c) => publicView(c)),
    }),
    filters: {
      analysis_type_level: (v) => (r) => (r.analysis_type_level as string[]).includes(v),
      search: (v) => (r) => String(r.name).toLowerCase().includes(v.trim().toLowerCase()),
    },
    read(_ctx, f) {
      const out: Record<string, unknown> = {};
      const name = f.string('name', { required: f.has('name'), max: 50 });
      if (name !== undefined) out.name = name;
      const areas = stringList(f, 'active_areas', ANALYSIS_AREAS);
      if (areas) out.active_areas = areas;
      const levels = stringList(f, 'analysis_type_level', ANALYSIS_LEVELS);
      if (levels) out.analysis_type_level = levels;
      // Its categories are written through /analysis_type_categories: a list sent here is ignored.
      return out;
    },
  }),
  ...recordRoutes({
    resource: 'analysis_type_categories',
    singular: 'analysis_type_category',
    methods: ['POST', 'PUT', 'DELETE'],
    displayed: (r) => String(r.name),
    filters: {
      analysis_type_id: (v) => (r) => (r.analysis_type as Link).id === v,
      analysis_type_level: () => () => true,
    },
    read(ctx, f, prev) {
      const out: Record<string, unknown> = {};
      const code = f.string('code', { required: !prev || f.has('code'), max: 20 });
      if (code !== undefined) out.code = code;
      const name = f.string('name', { required: !prev || f.has('name'), max: 50 });
      if (name !== undefined) out.name = name;
      const type = f.ref('analysis_type_id', col<Rec>(ctx, 'analysis_types'), { required: !prev, what: 'analysis type' });
      if (type) out.analysis_type = link('analysis_types', type.id, type.displayed_as);
      const combined = f.string('combined_id', { max: 100 });
      const analysisType = (out.analysis_type ?? prev?.analysis_type) as Link | undefined;
      out.combined_id = combined ?? (analysisType ? `${analysisType.id}_${String(out.code ?? prev?.code ?? '')}` : '');
      return out;
    },
  }),
  ...recordRoutes({
    resource: 'hosted_artefact_payment_settings',
    singular: 'hosted_artefact_payment_setting',
    methods: ['POST', 'DELETE'],
    displayed: (r) => String(r.object_guid),
    // Sage lists no timestamps for these.
    render: ({ created_at: _c, updated_at: _u, ...r }) => publicView(r),
    filters: { object_guid: (v) => (r) => r.object_guid === v },
    read(_ctx, f) {
      const guid = f.string('object_guid', { required: true, max: 255 });
      const disable = f.boolean('disable_payment');
      return { object_guid: guid, disable_payment: disable ?? false };
    },
  }),
];
