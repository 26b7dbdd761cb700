/**
 * List pagination: `maxResults` (0 or absent = the default page of 100, at most 1000) and an opaque
 * `nextToken` that names the list it belongs to and the offset of the next page.
 */
import { type ApiError, ApiErrors } from './api-error.js';

export const DEFAULT_PAGE_SIZE = 100;

export interface Page<T> {
  items: T[];
  nextToken?: string;
}

function encodeToken(listId: string, offset: number): string {
  return Buffer.from(JSON.stringify({ l: listId, o: offset }), 'utf8').toString('base64url');
}

function decodeToken(token: string, listId: string): number | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { l, o } = parsed as { l?: unknown; o?: unknown };
    return l === listId && typeof o === 'number' && Number.isInteger(o) && o >= 0 ? o : undefined;
  } catch {
    return undefined;
  }
}

/** One page of `all`; `listId` ties tokens to the query that issued them (InvalidToken otherwise). */
export function paginate<T>(all: readonly T[], listId: string, maxResults: number | undefined, nextToken: string | undefined): Page<T> | ApiError {
  const size = maxResults && maxResults > 0 ? maxResults : DEFAULT_PAGE_SIZE;
  let offset = 0;
  if (nextToken !== undefined) {
    const decoded = decodeToken(nextToken, listId);
    if (decoded === undefined) return ApiErrors.invalidToken(nextToken);
    offset = decoded;
  }
  const items = all.slice(offset, offset + size);
  const end = offset + items.length;
  return end < all.length ? { items, nextToken: encodeToken(listId, end) } : { items };
}
