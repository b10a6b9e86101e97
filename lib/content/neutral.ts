import {z} from 'zod';
import type {FieldMeta} from './field-meta';

// The sameness rule, in one place: the parts of an entry that its schema marks `neutral` (a date,
// an order, a reference, a contact's name) are the same in every language version. The workspace
// enters them once; this check keeps hand edits honest.

/** A schema as JSON Schema, with each field's meta (lib/content/field-meta.ts) beside its rules. */
export type FieldNode = FieldMeta & {
  type?: string | string[];
  properties?: Record<string, FieldNode>;
  required?: string[];
  items?: FieldNode;
  enum?: string[];
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
};

/** A collection's schema as the tree of its fields. */
export function fieldTree(schema: z.ZodObject): FieldNode {
  return z.toJSONSchema(schema, {io: 'input', unrepresentable: 'any'}) as FieldNode;
}

/** The language-independent part of a value of `node`; `undefined` where nothing of it is. */
export function neutralPart(node: FieldNode, value: unknown, inherited = false): unknown {
  const neutral = node.neutral ?? inherited;
  if (node.properties) {
    const record = (value ?? {}) as Record<string, unknown>;
    const part = Object.fromEntries(
      Object.entries(node.properties).flatMap(([key, child]) => {
        const v = neutralPart(child, record[key], neutral);
        return v === undefined ? [] : [[key, v]];
      })
    );
    return Object.keys(part).length > 0 ? part : undefined;
  }
  if (node.items) {
    if (!neutral) return undefined;
    return Array.isArray(value) ? value.map((item) => neutralPart(node.items as FieldNode, item, true)) : null;
  }
  if (!neutral) return undefined;
  // A yes/no left out means no.
  if (value === undefined) return node.type === 'boolean' ? false : null;
  return value;
}
