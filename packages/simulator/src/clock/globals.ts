/**
 * Timer globals that every JavaScript host has (browsers, Node, workers). The engine packages compile
 * without Node's or the DOM's types, so the two functions are declared here.
 */
declare function setTimeout(callback: () => void, ms: number): unknown;
declare function clearTimeout(handle: unknown): void;

export const hostSetTimeout: (callback: () => void, ms: number) => unknown = (cb, ms) => setTimeout(cb, ms);
export const hostClearTimeout: (handle: unknown) => void = (h) => clearTimeout(h);
