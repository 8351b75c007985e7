/**
 * A tiny JSON Schema (draft 2020-12) checker for exactly the keywords `kamerbrief schema` prints
 * (zod's toJSONSchema output). It refuses keywords it does not know, so a schema that grows new
 * keywords makes the test say so instead of silently passing. Used instead of adding ajv.
 */
const KNOWN = new Set([
  '$schema',
  '$id',
  'title',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'const',
  'enum',
  'anyOf',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'pattern',
  'items',
  'description',
  'default',
]);

type Schema = Record<string, unknown>;

const typeOf = (v: unknown): string => {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
};

const typeMatches = (v: unknown, t: string) => {
  const actual = typeOf(v);
  return actual === t || (t === 'number' && actual === 'integer');
};

/** Problems with `value` against `schema` (empty when valid), each as "path: what". */
export function validate(schema: Schema, value: unknown, path = '$'): string[] {
  const errors: string[] = [];
  for (const k of Object.keys(schema)) {
    if (!KNOWN.has(k)) errors.push(`${path}: schema keyword '${k}' is not supported by this checker`);
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((t) => typeMatches(value, t))) {
      errors.push(`${path}: expected ${types.join('|')}, got ${typeOf(value)}`);
      return errors;
    }
  }
  if ('const' in schema && value !== schema.const)
    errors.push(`${path}: expected const ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    errors.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if (Array.isArray(schema.anyOf)) {
    const ok = (schema.anyOf as Schema[]).some((s) => validate(s, value, path).length === 0);
    if (!ok) errors.push(`${path}: matches none of anyOf`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${path}: < minimum`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${path}: > maximum`);
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum)
      errors.push(`${path}: <= exclusiveMinimum`);
    if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum)
      errors.push(`${path}: >= exclusiveMaximum`);
  }
  if (
    typeof value === 'string' &&
    typeof schema.pattern === 'string' &&
    !new RegExp(schema.pattern, 'u').test(value)
  ) {
    errors.push(`${path}: does not match ${schema.pattern}`);
  }
  if (Array.isArray(value) && schema.items && typeof schema.items === 'object') {
    value.forEach((v, i) => {
      errors.push(...validate(schema.items as Schema, v, `${path}[${i}]`));
    });
  }
  if (typeOf(value) === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const r of (schema.required ?? []) as string[])
      if (!(r in obj)) errors.push(`${path}: missing required '${r}'`);
    for (const [k, v] of Object.entries(obj)) {
      if (props[k]) errors.push(...validate(props[k], v, `${path}.${k}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: unexpected property '${k}'`);
      else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
        errors.push(...validate(schema.additionalProperties as Schema, v, `${path}.${k}`));
      }
    }
  }
  return errors;
}
