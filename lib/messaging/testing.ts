import fc from 'fast-check';
import type { z } from 'zod';

type Check = {
  check?: string;
  maximum?: number;
  minimum?: number;
  value?: number;
  format?: string;
  pattern?: RegExp;
};
type Def = {
  type: string;
  checks?: { _zod: { def: Check } }[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
};

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def) => (def.checks ?? []).map((c) => c._zod.def);
const limit = (def: Def, name: string, key: 'maximum' | 'minimum') =>
  checksOf(def).find((c) => c.check === name)?.[key];

/**
 * Values a zod schema accepts, for property tests of the message protocol: objects, strings
 * (lengths, patterns), numbers (ints, bounds), enums, literals, lists, records, unions. Throws
 * on a kind of schema it does not know, so a new message type cannot go untested silently.
 */
export function arbitraryOf(schema: z.ZodType): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case 'string': {
      const pattern = checksOf(def).find((c) => c.format === 'regex')?.pattern;
      const maxLength = Math.min(limit(def, 'max_length', 'maximum') ?? 200, 200);
      const minLength = limit(def, 'min_length', 'minimum') ?? 0;
      if (pattern)
        return fc
          .stringMatching(pattern)
          .filter((s) => s.length <= (limit(def, 'max_length', 'maximum') ?? Infinity));
      return fc.string({ unit: 'grapheme', minLength, maxLength });
    }
    case 'number': {
      const checks = checksOf(def);
      const min = checks.find((c) => c.check === 'greater_than')?.value;
      const max = checks.find((c) => c.check === 'less_than')?.value;
      if (checks.some((c) => c.format === 'safeint'))
        return fc.integer({ min: min ?? -1e9, max: max ?? 1e9 });
      return fc
        .double({ min: min ?? -1e9, max: max ?? 1e9, noNaN: true })
        .map((n) => (Object.is(n, -0) ? 0 : n));
    }
    case 'boolean':
      return fc.boolean();
    case 'unknown':
      return fc.jsonValue({ maxDepth: 2 });
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'optional':
      return fc.option(arbitraryOf(def.innerType!), { nil: undefined });
    case 'nullable':
      return fc.option(arbitraryOf(def.innerType!), { nil: null });
    case 'default':
    case 'prefault':
      return arbitraryOf(def.innerType!);
    case 'array': {
      const maxLength = Math.min(limit(def, 'max_length', 'maximum') ?? 5, 5);
      return fc.array(arbitraryOf(def.element!), { maxLength });
    }
    case 'object':
      return fc.record(
        Object.fromEntries(Object.entries(def.shape ?? {}).map(([k, v]) => [k, arbitraryOf(v)])),
      );
    case 'record':
      return fc.dictionary(arbitraryOf(def.keyType!) as fc.Arbitrary<string>, arbitraryOf(def.valueType!), {
        maxKeys: 4,
      });
    case 'union':
      return fc.oneof(...(def.options ?? []).map(arbitraryOf));
    default:
      throw new Error(`arbitraryOf: no generator for zod type "${def.type}"`);
  }
}
