/** Light and dark themes: the page's CSS variables follow `data-theme`; the choice is remembered. */
export type Theme = 'light' | 'dark';

const KEY = 'aslkit-playground-theme';

export function initialTheme(): Theme {
  const saved = safeStorage()?.getItem(KEY);
  if (saved === 'light' || saved === 'dark') return saved;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset['theme'] = theme;
  safeStorage()?.setItem(KEY, theme);
  const button = document.getElementById('theme');
  if (button) {
    button.textContent = theme === 'dark' ? 'Light theme' : 'Dark theme';
    button.setAttribute('aria-pressed', String(theme === 'dark'));
  }
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
