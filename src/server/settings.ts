import type { Connection } from 'vscode-languageserver/node';
import type { SeveritySetting } from '../core/findings';

/** The editor settings hotpath reads (`hotpath.*`, resource scope). Rules' behaviour lives in hotpath.json. */
export interface HotpathSettings {
  enable: boolean;
  run: 'onType' | 'onSave';
  /** Severity overrides per rule id. */
  rules: Record<string, SeveritySetting>;
  /** Extra globs not to analyse. */
  exclude: string[];
}

export const DEFAULT_SETTINGS: HotpathSettings = { enable: true, run: 'onType', rules: {}, exclude: [] };

/** Settings per resource, asked of the client once and cached until the configuration changes. */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<HotpathSettings>>();

  constructor(
    private readonly connection: Connection,
    private readonly clientSupportsConfiguration: boolean,
  ) {}

  get(resource: string): Promise<HotpathSettings> {
    if (!this.clientSupportsConfiguration) return Promise.resolve(DEFAULT_SETTINGS);
    let settings = this.cache.get(resource);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: resource, section: 'hotpath' })
        .then((value: Partial<HotpathSettings> | null) => ({ ...DEFAULT_SETTINGS, ...(value ?? {}) }))
        .catch(() => DEFAULT_SETTINGS);
      this.cache.set(resource, settings);
    }
    return settings;
  }

  clear(): void {
    this.cache.clear();
  }
}
