import { describe, expect, it } from 'vitest';
import { isApiError } from './api-error.js';
import { paginate } from './pagination.js';

describe('paginate', () => {
  const items = Array.from({ length: 250 }, (_, i) => i);

  it('pages through a list with nextToken', () => {
    const seen: number[] = [];
    let token: string | undefined;
    do {
      const page = paginate(items, 'list', 40, token);
      if (isApiError(page)) throw new Error(page.message);
      seen.push(...page.items);
      token = page.nextToken;
    } while (token);
    expect(seen).toEqual(items);
  });

  it('defaults to pages of 100 (maxResults 0 or absent)', () => {
    const page = paginate(items, 'list', 0, undefined);
    expect(!isApiError(page) && page.items.length).toBe(100);
  });

  it('rejects a token of another list or garbage with InvalidToken', () => {
    const first = paginate(items, 'a', 10, undefined);
    const token = !isApiError(first) ? first.nextToken : undefined;
    expect(paginate(items, 'b', 10, token)).toMatchObject({ type: 'InvalidToken' });
    expect(paginate(items, 'a', 10, 'not-a-token')).toMatchObject({ type: 'InvalidToken' });
  });
});
