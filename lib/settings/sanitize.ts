import { z } from 'zod';
import type { Text } from '../i18n';
import { noticeTexts } from './notice-texts';
import { reasonFor, unknownKey } from './reasons';

/** One value that was refused while reading: where, what, and why. */
export type Issue = { path: string; value: unknown; reason: Text };

function unwrap(schema: z.ZodType): z.ZodType {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodDefault || inner instanceof z.ZodPrefault || inner instanceof z.ZodOptional) {
    inner = inner.unwrap() as z.ZodType;
  }
  return inner;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/**
 * Reads `value` leniently against `schema`, keeping every part that is valid and reporting
 * every part that is not: one bad word never costs the rest of the list, one bad setting
 * never costs the others. Absent stays absent (no defaults filled in), so layers can merge.
 */
export function sanitize(schema: z.ZodType, value: unknown, path: string, issues: Issue[]): unknown {
  if (value === undefined) return undefined;
  const inner = unwrap(schema);

  if (inner instanceof z.ZodObject) {
    if (!isPlainObject(value)) return refuse(inner, value, path, issues);
    const shape = inner.shape as Record<string, z.ZodType>;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      // Own keys only: "toString" or "constructor" in a policy would find Object.prototype's.
      if (!Object.hasOwn(shape, key)) {
        issues.push({ path: join(path, key), value: item, reason: unknownKey });
        continue;
      }
      const clean = sanitize(shape[key], item, join(path, key), issues);
      if (clean !== undefined) out[key] = clean;
    }
    return out;
  }

  if (inner instanceof z.ZodRecord) {
    if (!isPlainObject(value)) return refuse(inner, value, path, issues);
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const keyCheck = (inner.keyType as z.ZodType).safeParse(key);
      if (!keyCheck.success) {
        issues.push({ path: join(path, key), value: item, reason: reasonFor(keyCheck.error.issues[0]) });
        continue;
      }
      const clean = sanitize(inner.valueType as z.ZodType, item, join(path, key), issues);
      if (clean !== undefined) out[key] = clean;
    }
    return out;
  }

  if (inner instanceof z.ZodArray) {
    if (!Array.isArray(value)) return refuse(inner, value, path, issues);
    const kept: unknown[] = [];
    const seen = new Set<string>();
    value.forEach((item, index) => {
      const clean = complete(inner.element as z.ZodType, item, join(path, index), issues);
      if (clean === undefined) return;
      const key = JSON.stringify(clean);
      if (!seen.has(key)) kept.push(clean);
      seen.add(key);
    });
    const whole = inner.safeParse(kept);
    const tooBig = whole.success ? undefined : whole.error.issues.find((issue) => issue.code === 'too_big');
    if (tooBig && tooBig.code === 'too_big' && tooBig.path.length === 0) {
      issues.push({ path, value: `${kept.length} items`, reason: reasonFor(tooBig) });
      return kept.slice(0, Number(tooBig.maximum));
    }
    return kept;
  }

  const result = inner.safeParse(value);
  if (result.success) return result.data;
  issues.push({ path, value, reason: reasonFor(result.error.issues[0]) });
  return undefined;
}

function refuse(schema: z.ZodType, value: unknown, path: string, issues: Issue[]): undefined {
  const result = schema.safeParse(value);
  const reason: Text = result.success
    ? noticeTexts.text('reason.invalid')
    : reasonFor(result.error.issues[0]);
  issues.push({ path, value, reason });
  return undefined;
}

/** A list item must be whole: its parts are checked one by one, then defaults fill the gaps. */
function complete(schema: z.ZodType, value: unknown, path: string, issues: Issue[]): unknown {
  const clean = sanitize(schema, value, path, issues);
  if (clean === undefined || !(unwrap(schema) instanceof z.ZodObject)) return clean;
  const whole = schema.safeParse(clean);
  if (whole.success) return whole.data;
  const missing = whole.error.issues[0];
  issues.push({ path: join(path, missing.path.join('.')), value: undefined, reason: reasonFor(missing) });
  return undefined;
}
