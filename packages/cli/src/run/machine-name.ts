/** The suffixes `aslkit run` strips from a file name to name the machine (longest first). */
const SUFFIXES = ['.asl.json', '.asl.yaml', '.asl.yml', '.json', '.yaml', '.yml'];

/**
 * The state machine's name for `aslkit run` when `--name` is not given: the logical id of a machine in
 * a template, else the file's base name without `.asl.json`/`.asl.yaml`/`.asl.yml`/`.json`/`.yaml`/`.yml`.
 */
export function defaultMachineName(file: string, logicalId?: string): string {
  if (logicalId) return logicalId;
  const base = file.split(/[\\/]/).pop() ?? file;
  const lower = base.toLowerCase();
  for (const suffix of SUFFIXES) {
    if (lower.endsWith(suffix) && base.length > suffix.length) return base.slice(0, -suffix.length);
  }
  return base || 'StateMachine';
}
