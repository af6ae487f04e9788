import type { ScanResult } from '../../core/engine';

export interface FormatContext {
  /** Colour is used only on a terminal and never with NO_COLOR. */
  color: boolean;
  /** The tool's version, for machine-readable reports. */
  version: string;
  /** The current directory: GitHub annotations need paths relative to the checkout. */
  cwd: string;
}

export type Formatter = (result: ScanResult, context: FormatContext) => string;
