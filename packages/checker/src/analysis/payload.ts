import { isJsonataExpression, isJsonObject, utf8ByteLength, type JsonValue } from '@aslkit/core';

/**
 * The UTF-8 size of the literal part of a payload as JSON text: what it weighs at least, whatever
 * its expressions (`.$` keys, `{% %}` strings) turn out to produce.
 */
export function staticPayloadBytes(value: JsonValue): number {
  const text = JSON.stringify(value, (key: string, child: unknown) => {
    if (key.endsWith('.$')) return undefined;
    if (isJsonataExpression(child)) return undefined;
    return child;
  });
  return text === undefined ? 0 : utf8ByteLength(text);
}

/** Whether a value holds no expressions at all. */
export function isStaticPayload(value: JsonValue): boolean {
  if (typeof value === 'string') return !isJsonataExpression(value);
  if (Array.isArray(value)) return value.every(isStaticPayload);
  if (isJsonObject(value)) return Object.entries(value).every(([key, child]) => !key.endsWith('.$') && isStaticPayload(child));
  return true;
}
