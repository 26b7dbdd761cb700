/**
 * A small glob matcher for config `ignores` and `overrides[].files`: `**` (any folders), `*` (within
 * one path segment), `?`, `{a,b}` and `[abc]`. Paths use `/`; a pattern without `/` matches the
 * file name in any folder (as .gitignore does). Pure and isomorphic.
 */

const cache = new Map<string, RegExp>();

function escapeRegExp(text: string): string {
  return text.replace(/[.+^$()|\\]/g, '\\$&');
}

export function globToRegExp(glob: string): RegExp {
  const cached = cache.get(glob);
  if (cached) return cached;
  let pattern = glob.replace(/\\/g, '/');
  if (pattern.startsWith('./')) pattern = pattern.slice(2);
  const anchored = pattern.includes('/') && !pattern.endsWith('/') ? pattern : pattern.replace(/\/$/, '/**');
  const source = anchored.includes('/') ? anchored.replace(/^\//, '') : `**/${anchored}`;
  let out = '';
  let braceDepth = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if (char === '*') {
      if (source[i + 1] === '*') {
        const slashAfter = source[i + 2] === '/';
        out += slashAfter ? '(?:[^/]*/)*' : '.*';
        i += slashAfter ? 2 : 1;
      } else {
        out += '[^/]*';
      }
    } else if (char === '?') out += '[^/]';
    else if (char === '{') {
      braceDepth++;
      out += '(?:';
    } else if (char === '}' && braceDepth > 0) {
      braceDepth--;
      out += ')';
    } else if (char === ',' && braceDepth > 0) out += '|';
    else if (char === '[') {
      const end = source.indexOf(']', i + 1);
      if (end < 0) out += '\\[';
      else {
        out += '[' + source.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = end;
      }
    } else out += escapeRegExp(char);
  }
  // A folder pattern also matches everything below it.
  const regExp = new RegExp(`^${out}(?:/.*)?$`);
  cache.set(glob, regExp);
  return regExp;
}

/** Whether a `/`-separated relative path matches a glob. */
export function matchesGlob(path: string, glob: string): boolean {
  const normalized = path.replace(/\\/g, '/').replace(/^\.\//, '');
  return globToRegExp(glob).test(normalized);
}

/** Whether any of the globs matches; globs starting with `!` re-include what earlier ones excluded. */
export function matchesAnyGlob(path: string, globs: readonly string[]): boolean {
  let matched = false;
  for (const glob of globs) {
    if (glob.startsWith('!')) {
      if (matched && matchesGlob(path, glob.slice(1))) matched = false;
    } else if (!matched && matchesGlob(path, glob)) matched = true;
  }
  return matched;
}
