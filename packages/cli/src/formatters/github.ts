import type { Formatter } from './types.js';

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=CODE::message`. */
export const github: Formatter = (report) => {
  const lines: string[] = [];
  for (const result of report.results) {
    for (const d of result.diagnostics) {
      const properties = [`file=${escapeProperty(result.file)}`];
      if (d.range) {
        properties.push(`line=${d.range.start.line + 1}`, `col=${d.range.start.character + 1}`, `endLine=${d.range.end.line + 1}`, `endColumn=${d.range.end.character + 1}`);
      }
      properties.push(`title=${escapeProperty(`aslkit ${d.code}`)}`);
      const where = d.location ? ` (at ${d.location}${result.stateMachine ? ` in ${result.stateMachine}` : ''})` : '';
      lines.push(`::${d.severity === 'ERROR' ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(d.message + where)}`);
    }
  }
  for (const error of report.errors) lines.push(`::error file=${escapeProperty(error.file)},title=${escapeProperty(`aslkit ${error.code}`)}::${escapeData(error.message)}`);
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
};
