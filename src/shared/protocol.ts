import { NotificationType, RequestType } from 'vscode-languageserver-protocol';

/**
 * Messages between the hotpath language server and its clients, declared once and imported by both
 * sides. Standard LSP covers the rest (diagnostics, code actions, progress).
 */

export namespace ScanWorkspaceRequest {
  export const method = 'hotpath/scanWorkspace';
  export interface Params {
    /** A work-done progress token from the client, for the progress notification. */
    workDoneToken?: string | number;
  }
  export interface Result {
    files: number;
    findings: number;
    skipped: number;
    durationMs: number;
    cancelled: boolean;
  }
  export const type = new RequestType<Params, Result, void>(method);
}

export namespace StatusNotification {
  export const method = 'hotpath/status';
  export interface Params {
    state: 'starting' | 'idle' | 'analyzing' | 'scanning' | 'error';
    /** Time from the last change to its published diagnostics, in milliseconds. */
    lastLatencyMs?: number;
    /** The file analysed last. */
    file?: string;
    /** A configuration problem or an internal error to show once. */
    message?: string;
  }
  export const type = new NotificationType<Params>(method);
}

/** Commands the server executes (`workspace/executeCommand`). */
export const Commands = {
  showDocumentation: 'hotpath.showDocumentation',
  applyFix: 'hotpath.applyFix',
} as const;

/** The code action kind of "fix everything hotpath can fix", for `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = 'source.fixAll.hotpath';
