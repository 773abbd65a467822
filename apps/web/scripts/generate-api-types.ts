// Writes apps/web/src/api/schema.gen.ts: the web app's TypeScript view of the API, generated from
// the OpenAPI document the server builds out of its Zod schemas. Run by `npm run api:types` and
// first thing in `npm run check`, so that a field renamed on the server and not followed by the
// web app fails the check instead of failing in a coach's browser.
//
// No database, no network, no port: the app is assembled with a stand-in context whose members
// throw if touched (routes only capture ctx when they are built), and the document is generated
// from the app's OpenAPI registry. Deterministic: the same server sources give the same file.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getRefId, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import type { AppContext } from '../../server/src/context.ts';
import { createApp } from '../../server/src/http/app.ts';

const OUTPUT = fileURLToPath(new URL('../src/api/schema.gen.ts', import.meta.url));
const COMMAND = 'npm run api:types';

/** A context member that must not be used while the routes are built. */
function untouchable(name: string): never {
  return new Proxy(
    {},
    {
      get(_target, property) {
        throw new Error(`api:types: ctx.${name}.${String(property)} was used while building the routes`);
      },
    },
  ) as never;
}

const standIn: AppContext = {
  // Only `webDist` is read while the app is assembled; a directory that does not exist keeps
  // static file serving off.
  config: { webDist: fileURLToPath(new URL('./no-web-dist', import.meta.url)) } as AppContext['config'],
  database: untouchable('database'),
  db: untouchable('db'),
  logger: untouchable('logger'),
  audit: untouchable('audit'),
  clock: () => {
    throw new Error('api:types: ctx.clock() was called while building the routes');
  },
  reference: untouchable('reference'),
};

// ---- the document -----------------------------------------------------------------------------
//
// zod-to-openapi 9 writes a named schema's component from the first place it meets it. When that
// place is `StaffRef.nullable()`, the component itself becomes nullable (every use of StaffRef,
// also `coaches: StaffRef[]`, then reads `| null`) and the nullable use loses its `null`. So every
// named schema is generated first on its own, innermost first; the nullable uses then come out as
// `allOf: [$ref, {type: [..., 'null']}]`, which in OpenAPI 3.1 still means "a StaffRef, never
// null" (upstream: asteasolutions/zod-to-openapi#387) and is rewritten to `anyOf: [$ref, null]`.

interface ZodNode {
  _zod: { def: { type: string } & Record<string, unknown> };
  safeParse(value: unknown): { success: boolean };
}

const isZod = (value: unknown): value is ZodNode =>
  typeof value === 'object' && value !== null && '_zod' in value && 'safeParse' in value;

const WRAPPERS = new Set(['nullable', 'optional', 'default', 'prefault', 'readonly', 'nonoptional', 'catch']);

/** Every named (`.openapi('Name')`) schema reachable from the routes, innermost first. */
function namedSchemas(roots: unknown): ZodNode[] {
  const seen = new Set<unknown>();
  const found = new Map<string, ZodNode>();
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (!isZod(value)) {
      for (const child of Array.isArray(value) ? value : Object.values(value)) visit(child);
      return;
    }
    const def = value._zod.def;
    for (const [key, child] of Object.entries(def)) {
      if (key === 'getter' && typeof child === 'function') visit((child as () => unknown)());
      else visit(child);
    }
    const refId = getRefId(value as never);
    if (refId && !found.has(refId) && !WRAPPERS.has(def.type) && !value.safeParse(null).success) {
      found.set(refId, value);
    }
  };
  visit(roots);
  return [...found.values()];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** `allOf: [$ref, {type: [T, 'null']}]` → `anyOf: [$ref, {type: 'null'}]`, everywhere. */
function nullableRefsAsAnyOf(value: Json): Json {
  if (Array.isArray(value)) return value.map(nullableRefsAsAnyOf);
  if (typeof value !== 'object' || value === null) return value;
  const allOf = value.allOf;
  if (Array.isArray(allOf) && allOf.length === 2) {
    const [ref, nullable] = allOf;
    if (
      typeof ref === 'object' &&
      ref !== null &&
      !Array.isArray(ref) &&
      typeof ref.$ref === 'string' &&
      Object.keys(ref).length === 1 &&
      typeof nullable === 'object' &&
      nullable !== null &&
      !Array.isArray(nullable) &&
      Array.isArray(nullable.type) &&
      nullable.type.includes('null')
    ) {
      const { type: _type, ...metadata } = nullable;
      const { allOf: _allOf, ...rest } = value;
      return { ...rest, ...metadata, anyOf: [ref, { type: 'null' }] };
    }
  }
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, nullableRefsAsAnyOf(child)]));
}

const app = createApp(standIn);
const definitions = app.openAPIRegistry.definitions;
const generated = new OpenApiGeneratorV31(
  [
    ...namedSchemas(definitions).map((schema) => ({ type: 'schema' as const, schema: schema as never })),
    ...definitions,
  ],
  { sortComponents: 'alphabetically' },
).generateDocument({ openapi: '3.1.0', info: { title: 'Arbetsbro API', version: '0.1.0' } });
const document = nullableRefsAsAnyOf(JSON.parse(JSON.stringify(generated)) as Json) as unknown as OpenAPI3;
// Paths in alphabetical order (components already are): the file changes when the API does, not
// when routers are mounted in another order.
document.paths = Object.fromEntries(
  Object.entries(document.paths ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
);

// A named schema that is itself nullable means the workaround above no longer holds.
for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
  const type = (schema as { type?: unknown }).type;
  if (Array.isArray(type) && type.includes('null')) {
    throw new Error(`api:types: the component ${name} came out nullable; see the note in ${OUTPUT}`);
  }
}

// ---- the text limits --------------------------------------------------------------------------
//
// openapi-typescript keeps no `maxLength`, but the forms show it (a counter on long texts) and
// check it before sending. So the limits are written beside the types: per named schema, the
// longest text each field takes, by the field's path with array items left out
// (`PlanPutBody["steps.description"]`). A limit changed on the server changes them with it.

type SchemaNode = { [key: string]: Json };

function maxLengthsOf(schema: Json, prefix: string, into: Record<string, number>): void {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return;
  const node = schema as SchemaNode;
  if (typeof node.maxLength === 'number' && prefix !== '') into[prefix] = node.maxLength;
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const list = node[key];
    if (Array.isArray(list)) for (const child of list) maxLengthsOf(child, prefix, into);
  }
  if (node.items !== undefined) maxLengthsOf(node.items, prefix, into);
  const properties = node.properties;
  if (typeof properties === 'object' && properties !== null && !Array.isArray(properties)) {
    for (const [name, child] of Object.entries(properties)) {
      maxLengthsOf(child, prefix === '' ? name : `${prefix}.${name}`, into);
    }
  }
}

function maxLengthsSource(doc: OpenAPI3): string {
  const limits: Record<string, Record<string, number>> = {};
  const schemas = (doc.components?.schemas ?? {}) as Record<string, Json>;
  for (const name of Object.keys(schemas).sort()) {
    const into: Record<string, number> = {};
    maxLengthsOf(schemas[name] ?? null, '', into);
    if (Object.keys(into).length > 0) limits[name] = into;
  }
  return `/** The longest text (in UTF-16 code units, as the server counts) each field of a schema takes. */
export const maxLengths = ${JSON.stringify(limits, null, 4)} as const;
`;
}

// ---- the types --------------------------------------------------------------------------------

const ast = await openapiTS(document, {
  // Each enum also as an exported array (e.g. `enrolmentReferralSourceValues`) for the lists the
  // UI iterates; a value added or removed on the server changes them with it.
  enumValues: true,
  silent: true,
});

const header = `// GENERATED FILE, do not edit. Written by \`${COMMAND}\` (apps/web/scripts/generate-api-types.ts)
// from the server's OpenAPI document: Zod schemas → @hono/zod-openapi → openapi-typescript.
// \`npm run check\` writes it again first, so the web app is type-checked against the server as it is.
// Import the names from ./types.ts, not from here.
`;
// openapi-typescript 7.13's helper for the enum arrays does not step into a nullable object
// (ExitView.employment is `{ kind, … } | null`), which leaves the file with a type error.
const FLATTEN = 'Extract<T[K], unknown[]>[number] : T[K]>;';
const types = astToString(ast);
if (!types.includes(FLATTEN))
  throw new Error('api:types: the enum-values helper changed; revisit the fix below');
const output = `${header}\n${types.replace(FLATTEN, 'Extract<T[K], unknown[]>[number] : NonNullable<T[K]>>;')}\n${maxLengthsSource(document)}`;

let previous = '';
try {
  previous = readFileSync(OUTPUT, 'utf8');
} catch {}
if (previous !== output) writeFileSync(OUTPUT, output);
console.log(`api:types: apps/web/src/api/schema.gen.ts ${previous === output ? 'unchanged' : 'written'}`);
