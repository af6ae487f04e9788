// Editor latency: starts `hotpath lsp --stdio` on a project as an editor would (initialize with the
// workspace folder, no configuration support, so the defaults apply: analyse on type), opens a file and
// the files that import it, then makes edits of that file one at a time, each after a pause: an added
// statement line, then its removal. Per edit it times, from sending didChange, the arrival of that
// file's publishDiagnostics, and of the last importer's (the server re-analyses open importers after it).
//
// The server analyses a change after a pause at once; changes closer together than TYPING_DEBOUNCE_MS
// are typing, analysed once typing pauses that long (src/server/server.ts). The bench also types:
// bursts of keystrokes 50 ms apart, timed from the last one to the file's diagnostics.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import rpc from 'vscode-jsonrpc/node';

export const TYPING_DEBOUNCE_MS = 200;
const CLI = fileURLToPath(new URL('../../bin/hotpath.js', import.meta.url));

/** Resolves with the next publishDiagnostics of `uri`; rejects after `timeoutMs`. */
function diagnosticsWaiter() {
  const waiting = new Map();
  let lastAt = performance.now();
  return {
    onPublish({ uri, diagnostics }) {
      lastAt = performance.now();
      const resolve = waiting.get(uri);
      waiting.delete(uri);
      resolve?.({ at: performance.now(), count: diagnostics.length });
    },
    /** Resolves once no diagnostics have come for `ms`: the follow-up refreshes of opening are over. */
    async quiet(ms) {
      while (performance.now() - lastAt < ms) await new Promise((resolve) => setTimeout(resolve, 100));
    },
    next(uri, timeoutMs = 600_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
        waiting.set(uri, (value) => {
          clearTimeout(timer);
          resolve(value);
        });
      });
    },
  };
}

/** The line after the first line that opens a method or function body: where the edit goes. */
function editLine(text) {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => /^\s*(export )?(async )?(function )?\w+\(.*\).*\{\s*$/.test(line) && !/^\s*(if|for|while|switch)\b/.test(line));
  if (index < 0) throw new Error('no function body to edit in the probe file');
  return index + 1;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] };
}

/**
 * Runs the probe; resolves to { openMs, edit: {p50, p95, max}, dependents: {p50, p95, max}, edits,
 * peakRssMb } (times in ms). `probe` is { file, dependents } from the generator.
 */
export async function measureEditorLatency(root, probe, { edits = 50 } = {}) {
  const server = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
  const waiter = diagnosticsWaiter();
  connection.onNotification('textDocument/publishDiagnostics', (params) => waiter.onPublish(params));
  connection.onNotification(() => {}); // hotpath/status and window messages
  connection.onRequest(() => null); // window/workDoneProgress/create and the like
  connection.listen();
  try {
    const rootUri = pathToFileURL(root).href;
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true } }, workspace: { workspaceFolders: true } },
    });
    await connection.sendNotification('initialized', {});

    const uri = pathToFileURL(probe.file).href;
    const dependentUris = probe.dependents.map((file) => pathToFileURL(file).href);
    const open = (file, u) => connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'typescript', version: 1, text: readFileSync(file, 'utf8') } });
    // The first diagnostics wait for the project to load: the editor's start-up cost.
    const opened = performance.now();
    const first = waiter.next(uri);
    const firstOfDependents = dependentUris.map((u) => waiter.next(u));
    open(probe.file, uri);
    probe.dependents.forEach((file, i) => open(file, dependentUris[i]));
    const openMs = (await first).at - opened;
    await Promise.all(firstOfDependents);
    await waiter.quiet(2000);

    const line = editLine(readFileSync(probe.file, 'utf8'));
    const statement = '    const startedAt = Date.now();\n';
    const editTimes = [];
    const dependentTimes = [];
    const pause = () => new Promise((resolve) => setTimeout(resolve, TYPING_DEBOUNCE_MS + 100));
    let version = 2;
    for (let i = 0; i < edits; i++) {
      await pause();
      const adding = i % 2 === 0;
      const change = adding
        ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: statement }
        : { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, text: '' };
      const own = waiter.next(uri);
      const theirs = dependentUris.map((u) => waiter.next(u));
      const sent = performance.now();
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: version++ }, contentChanges: [change] });
      editTimes.push((await own).at - sent);
      const arrivals = await Promise.all(theirs);
      dependentTimes.push(Math.max(...arrivals.map((arrival) => arrival.at)) - sent);
    }
    // Typing: four keystrokes 50 ms apart (a comment typed at the end of the edit line), then the
    // wait for the diagnostics that follow the last one; the burst is removed after each round.
    const typingTimes = [];
    for (let round = 0; round < Math.max(1, Math.floor(edits / 5)); round++) {
      await pause();
      for (let key = 0; key < 4; key++) {
        if (key > 0) await new Promise((resolve) => setTimeout(resolve, 50));
        const position = { line, character: 0 };
        await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: version++ }, contentChanges: [{ range: { start: position, end: position }, text: key === 0 ? '//x' : 'x' }] });
      }
      const typedAt = performance.now();
      // The diagnostics of the last keystroke: the first publication at least the debounce after it.
      let arrival;
      do arrival = await waiter.next(uri);
      while (arrival.at - typedAt < TYPING_DEBOUNCE_MS);
      typingTimes.push(arrival.at - typedAt);
      await waiter.quiet(TYPING_DEBOUNCE_MS + 100);
      const own = waiter.next(uri);
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: version++ }, contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 6 } }, text: '' }] });
      await own;
      await waiter.quiet(TYPING_DEBOUNCE_MS + 100);
    }
    const peakRssMb = vmHwmMb(server.pid);
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    return { openMs, edit: stats(editTimes), dependents: stats(dependentTimes), typing: stats(typingTimes), edits, dependentFiles: dependentUris.length, peakRssMb };
  } finally {
    connection.dispose();
    server.kill();
  }
}

function vmHwmMb(pid) {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return undefined;
  }
}
