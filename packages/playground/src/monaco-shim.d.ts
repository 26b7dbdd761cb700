// The editor core entry has no typings of its own; it exports the same API as the package root.
declare module 'monaco-editor/esm/vs/editor/edcore.main.js' {
  export * from 'monaco-editor';
}
declare module 'monaco-editor/esm/vs/editor/editor.worker.js?worker' {
  const WorkerConstructor: new () => Worker;
  export default WorkerConstructor;
}
