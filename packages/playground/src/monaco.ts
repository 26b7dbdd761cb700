/**
 * Monaco, trimmed to the editor core (every editor feature, no bundled language services: the ASL
 * language server provides them) plus the YAML tokenizer and our JSON tokenizer.
 */
import * as monaco from 'monaco-editor/esm/vs/editor/edcore.main.js';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

window.MonacoEnvironment = { getWorker: () => new EditorWorker() };

/** The language id of JSON definitions (our own Monarch grammar; Monaco's JSON mode is not loaded). */
export const JSON_LANGUAGE = 'asl-json';
export const YAML_LANGUAGE = 'yaml';

monaco.languages.register({ id: JSON_LANGUAGE, extensions: ['.asl.json', '.json'], aliases: ['ASL (JSON)'] });
monaco.languages.setLanguageConfiguration(JSON_LANGUAGE, {
  brackets: [
    ['{', '}'],
    ['[', ']'],
  ],
  autoClosingPairs: [
    { open: '{', close: '}', notIn: ['string'] },
    { open: '[', close: ']', notIn: ['string'] },
    { open: '"', close: '"', notIn: ['string'] },
  ],
  comments: { lineComment: '//', blockComment: ['/*', '*/'] },
  wordPattern: /(-?\d*\.\d\w*)|([^[{\]}:",\s]+)/g,
});
monaco.languages.setMonarchTokensProvider(JSON_LANGUAGE, {
  tokenizer: {
    root: [
      [/"(?:[^"\\]|\\.)*"(?=\s*:)/, 'type'],
      [/"(?:[^"\\]|\\.)*"/, 'string'],
      [/-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/, 'number'],
      [/\b(?:true|false|null)\b/, 'keyword'],
      [/\/\/.*$/, 'comment'],
      [/\/\*/, 'comment', '@comment'],
      [/[{}[\],:]/, 'delimiter'],
    ],
    comment: [
      [/[^*/]+/, 'comment'],
      [/\*\//, 'comment', '@pop'],
      [/[*/]/, 'comment'],
    ],
  },
});

export { monaco };
