/**
 * An unknown value (a tool's input or result from a model, a stored JSON column) as a
 * record whose fields can be read one by one; anything but a plain object reads as `{}`.
 */
export function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
