import { z } from 'zod';
import type { PathSegment } from './yaml-position.js';

type Schema = z.core.$ZodType;

/** The schema at a data path, unwrapped from optional/default, with the nearest `describe` text on the way. */
export type SchemaAtPath = { schema: Schema | null; description: string | null };

/** Follow a data path through objects, arrays and unions of a zod schema. */
export function schemaAtPath(root: Schema, path: readonly PathSegment[]): SchemaAtPath {
  let step = unwrap(root);
  let description = step.description;
  for (const segment of path) {
    const next = child(step.schema, segment);
    if (!next) return { schema: null, description };
    step = unwrap(next);
    description = step.description ?? description;
  }
  return { schema: step.schema, description };
}

/** The field names of the object schema at a path (the object branch of a union), for did-you-mean. */
export function fieldNamesAt(root: Schema, path: readonly PathSegment[]): string[] {
  const object = objectOf(schemaAtPath(root, path).schema);
  return object ? Object.keys(object.shape) : [];
}

function objectOf(schema: Schema | null): z.ZodObject | null {
  if (schema instanceof z.ZodObject) return schema;
  if (schema instanceof z.ZodUnion) {
    for (const option of schema.options) {
      const object = objectOf(unwrap(option).schema);
      if (object) return object;
    }
  }
  return null;
}

function unwrap(schema: Schema): { schema: Schema; description: string | null } {
  let inner = schema;
  let description: string | null = null;
  while (true) {
    description ??= z.globalRegistry.get(inner)?.description ?? null;
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap();
    else return { schema: inner, description };
  }
}

function child(schema: Schema, segment: PathSegment): Schema | null {
  if (schema instanceof z.ZodObject) {
    return typeof segment === 'string' ? (schema.shape[segment] ?? null) : null;
  }
  if (schema instanceof z.ZodArray) return typeof segment === 'number' ? schema.element : null;
  if (schema instanceof z.ZodUnion) {
    for (const option of schema.options) {
      const found = child(unwrap(option).schema, segment);
      if (found) return found;
    }
  }
  return null;
}
