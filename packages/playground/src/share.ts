/**
 * Share links: the definition travels in the URL fragment (never sent to a server), as base64url of
 * its UTF-8 text, with the format: `#json=…` or `#yaml=…`.
 */
export type EditorFormat = 'json' | 'yaml';

export interface SharedDefinition {
  format: EditorFormat;
  text: string;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export function encodeShare(shared: SharedDefinition): string {
  return `#${shared.format}=${toBase64Url(new TextEncoder().encode(shared.text))}`;
}

/** The definition in a URL fragment, or undefined when the fragment carries none (or a damaged one). */
export function decodeShare(hash: string): SharedDefinition | undefined {
  const match = /^#?(json|yaml)=([A-Za-z0-9_-]*)$/.exec(hash);
  if (!match) return undefined;
  try {
    return { format: match[1] as EditorFormat, text: new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(match[2] ?? '')) };
  } catch {
    return undefined;
  }
}
