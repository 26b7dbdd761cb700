/** The `aslkit.*` settings, read from VS Code's configuration into the shape the server expects. */
export interface ExtensionSettings {
  preset?: string;
  rules?: Record<string, 'off' | 'warning' | 'error'>;
  configFile?: string;
  type?: 'STANDARD' | 'EXPRESS';
  tolerateSubstitutions?: boolean;
}

/** The part of `WorkspaceConfiguration` we use. */
export interface ConfigurationReader {
  get<T>(section: string): T | undefined;
}

export function readSettings(configuration: ConfigurationReader): ExtensionSettings {
  const settings: ExtensionSettings = {};
  const preset = configuration.get<string>('preset');
  if (preset) settings.preset = preset;
  const rules = configuration.get<Record<string, unknown>>('rules');
  if (rules && typeof rules === 'object') {
    settings.rules = {};
    for (const [id, level] of Object.entries(rules)) {
      if (level === 'off' || level === 'warning' || level === 'error') settings.rules[id] = level;
      else if (level === 'warn') settings.rules[id] = 'warning';
    }
  }
  const configFile = configuration.get<string>('configFile');
  if (configFile) settings.configFile = configFile;
  const type = configuration.get<string>('type');
  if (type === 'STANDARD' || type === 'EXPRESS') settings.type = type;
  const tolerate = configuration.get<boolean>('tolerateSubstitutions');
  if (typeof tolerate === 'boolean') settings.tolerateSubstitutions = tolerate;
  return settings;
}

/** Documents the client sends to the server: ASL files, and CloudFormation/SAM templates when enabled. */
export type DocumentFilter = { language: string } | { pattern: string };

export function documentSelector(configuration: ConfigurationReader): DocumentFilter[] {
  const selector: DocumentFilter[] = [{ language: 'asl' }, { language: 'asl-yaml' }, { pattern: '**/*.asl.{json,yaml,yml}' }];
  if (configuration.get<boolean>('templates') !== false) selector.push({ pattern: '**/{template,*.template}.{yaml,yml,json}' });
  return selector;
}
