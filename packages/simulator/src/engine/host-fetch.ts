import type { SimulatorOptions } from '../types.js';

type FetchPort = NonNullable<SimulatorOptions['fetch']>;

interface HostResponse {
  status: number;
  headers: { forEach(callback: (value: string, key: string) => void): void };
  text(): Promise<string>;
}
type HostFetch = (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => Promise<HostResponse>;

/**
 * The host's global `fetch` (browsers, Node 18+), adapted to the simulator's port, or undefined when
 * the host has none. HTTP Tasks (`arn:aws:states:::http:invoke`) use it when nothing mocks them.
 */
export function hostFetch(): FetchPort | undefined {
  const f = (globalThis as { fetch?: HostFetch }).fetch;
  if (typeof f !== 'function') return undefined;
  return async (url, init) => {
    const res = await f(url, init);
    const headers: Record<string, string> = {};
    res.headers.forEach((value, key) => {
      headers[key] = value;
    });
    return { status: res.status, headers, text: () => res.text() };
  };
}
