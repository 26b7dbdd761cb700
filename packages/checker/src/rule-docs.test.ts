import { describe, expect, it } from 'vitest';
import { RULE_DOCS_BASE_URL, ruleDocsUrl } from './rule-docs.js';

describe('ruleDocsUrl', () => {
  it('puts AWS codes under aws/ and our rules directly under docs/rules', () => {
    expect(ruleDocsUrl('NO_DOLLAR')).toBe(`${RULE_DOCS_BASE_URL}/aws/NO_DOLLAR.md`);
    expect(ruleDocsUrl('hot-loop')).toBe(`${RULE_DOCS_BASE_URL}/hot-loop.md`);
  });

  it('takes another base, with or without a trailing slash', () => {
    expect(ruleDocsUrl('SCHEMA_VALIDATION_FAILED', 'https://docs.example/rules/')).toBe('https://docs.example/rules/aws/SCHEMA_VALIDATION_FAILED.md');
    expect(ruleDocsUrl('TEST_CODE', 'https://docs.example/rules')).toBe('https://docs.example/rules/TEST_CODE.md');
  });

  it('has no page for internal errors or ids that are not names', () => {
    expect(ruleDocsUrl('INTERNAL_ERROR')).toBeUndefined();
    expect(ruleDocsUrl('a b')).toBeUndefined();
  });

  it('every registered rule has a page in docs/rules', async () => {
    const { existsSync } = await import('node:fs');
    const { fileURLToPath } = await import('node:url');
    const { ruleRegistry } = await import('./rules/registry.js');
    const docs = fileURLToPath(new URL('../../../docs/rules/', import.meta.url));
    for (const rule of ruleRegistry) {
      const url = ruleDocsUrl(rule.id) as string;
      expect(existsSync(docs + url.slice(RULE_DOCS_BASE_URL.length + 1)), url).toBe(true);
    }
  });
});
