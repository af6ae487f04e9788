/** Severities, in the order users write them in hotpath.json. */
export type Severity = 'error' | 'warn' | 'info';
export type SeveritySetting = Severity | 'off';

/** 1-based, like editors and SARIF show them. */
export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Location {
  /** Absolute path. */
  file: string;
  range: Range;
}

export interface RelatedLocation extends Location {
  message: string;
}

export interface TextEdit {
  file: string;
  /** 0-based offsets into the file's text. */
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface Finding extends Location {
  ruleId: string;
  severity: Severity;
  message: string;
  related: RelatedLocation[];
  fixes: Fix[];
}

/** A file the scan could not analyse, and why. */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** A rule that threw on a file: its findings for that file are lost, nothing else is. */
export interface RuleFailure {
  ruleId: string;
  file: string;
  error: string;
}
