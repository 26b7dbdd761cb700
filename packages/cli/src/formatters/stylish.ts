import { Chalk } from 'chalk';
import { countFindings, type TargetResult } from '../check/report.js';
import { codeFrame } from './code-frame.js';
import type { Formatter } from './types.js';

function position(result: TargetResult['diagnostics'][number]): string {
  return result.range ? `${result.range.start.line + 1}:${result.range.start.character + 1}` : '0:0';
}

/** For people: file headers, `line:col severity CODE message location`, a code frame, a summary. */
export const stylish: Formatter = (report, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const out: string[] = [];
  for (const result of report.results) {
    if (result.diagnostics.length === 0) continue;
    out.push(chalk.underline(result.stateMachine ? `${result.file} (${result.stateMachine})` : result.file));
    const text = report.sources.get(result.file);
    for (const diagnostic of result.diagnostics) {
      const severity = diagnostic.severity === 'ERROR' ? chalk.red('error  ') : chalk.yellow('warning');
      const where = diagnostic.location ? chalk.dim(`  at ${diagnostic.location}`) : '';
      out.push(`  ${chalk.dim(position(diagnostic).padEnd(7))} ${severity}  ${chalk.bold(diagnostic.code)}  ${diagnostic.message}${where}`);
      if (text !== undefined && diagnostic.range) {
        const frame = codeFrame(text, diagnostic.range, { gutter: (t) => chalk.dim(t), marker: (t) => (diagnostic.severity === 'ERROR' ? chalk.red(t) : chalk.yellow(t)) });
        out.push(frame.replace(/^/gm, '    '));
      }
    }
    if (result.truncated) out.push(chalk.dim('  … more diagnostics were found (raise --max-results to see them)'));
    out.push('');
  }
  const { errors, warnings } = countFindings(report.results);
  const total = errors + warnings;
  const checked = report.results.length;
  if (total > 0) {
    const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}) in ${checked} state machine${checked === 1 ? '' : 's'}`;
    out.push(errors > 0 ? chalk.red.bold(summary) : chalk.yellow.bold(summary));
  } else if (report.errors.length === 0) {
    out.push(chalk.green(`✔ ${checked} state machine${checked === 1 ? '' : 's'} checked, no problems`));
  }
  return out.join('\n') + '\n';
};
