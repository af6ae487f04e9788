// Formats the bench's results as one Markdown table (a row per project), the editor latency and the
// targets with met / missed.

const seconds = (ms) => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);
/** A run stopped at the time limit: its time and memory are lower bounds. */
const wall = (run) => `${run.timedOut ? '> ' : ''}${seconds(run.wallMs)}${run.timedOut ? ' (stopped)' : ''}`;
const peak = (run) => `${run.timedOut ? '>= ' : ''}${mb(run.peakRssMb)}`;
/** baseline ÷ hotpath or hotpath ÷ floor; a stopped run makes it a bound. */
function ratioOf(numerator, denominator) {
  if (!numerator || !denominator || numerator.error || denominator.error) return 'n/a';
  if (numerator.timedOut && denominator.timedOut) return 'n/a';
  const value = numerator.wallMs / denominator.wallMs;
  return `${numerator.timedOut ? '> ' : denominator.timedOut ? '< ' : ''}${ratio(value)}`;
}
const mb = (value) => (value === undefined ? 'n/a' : `${Math.round(value)} MB`);
const ratio = (value) => (value === undefined || !Number.isFinite(value) ? 'n/a' : `${value.toFixed(2)}x`);
const rate = (count, ms) => (ms ? Math.round(count / (ms / 1000)).toLocaleString('en-US') : 'n/a');
const thousands = (n) => (n === undefined ? 'n/a' : n.toLocaleString('en-US'));

/** A baseline cell: its time and memory, and its file count when it differs from hotpath's. */
function baselineCell(run, files) {
  if (!run) return 'skipped';
  if (run.error) return `failed (${run.error})`;
  const count = run.files !== undefined && run.files !== files ? `, ${run.files} files` : '';
  const parse = run.parseErrors ? `, ${run.parseErrors} parse errors` : '';
  return `${wall(run)}, ${peak(run)}${count}${parse}`;
}

export function resultsTable(rows) {
  const out = [
    '| project | files | lines | hotpath wall | files/s | lines/s | hotpath peak RSS | findings | tsc floor (program + bind) | hotpath ÷ floor | floor + callee of every call | hotpath ÷ that | ESLint, no types | ESLint ÷ hotpath | ESLint + types | ESLint+types ÷ hotpath |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    const h = row.hotpath;
    out.push(
      `| ${[
        row.name,
        thousands(h.files),
        thousands(h.lines),
        wall(h),
        `${h.timedOut ? '< ' : ''}${rate(h.files, h.wallMs)}`,
        `${h.timedOut ? '< ' : ''}${rate(h.lines, h.wallMs)}`,
        peak(h),
        thousands(h.findings),
        baselineCell(row.tsc, h.files),
        ratioOf(h, row.tsc),
        baselineCell(row.callGraph, h.files),
        ratioOf(h, row.callGraph),
        baselineCell(row.eslint, h.files),
        ratioOf(row.eslint, h),
        baselineCell(row.eslintTyped, h.files),
        ratioOf(row.eslintTyped, h),
      ].join(' | ')} |`,
    );
  }
  return out.join('\n');
}

export function latencyTable(latency, debounceMs) {
  if (!latency) return '';
  const line = (label, s) => `| ${label} | ${s.p50.toFixed(0)} ms | ${s.p95.toFixed(0)} ms | ${s.max.toFixed(0)} ms |`;
  return [
    `Editor latency on ${latency.project} (${latency.edits} edits of one file, each after a pause; server peak RSS ${mb(latency.peakRssMb)}; first diagnostics after opening: ${seconds(latency.openMs)}):`,
    '',
    '| from the change to publishDiagnostics of | p50 | p95 | max |',
    '|---|---:|---:|---:|',
    line('the edited file', latency.edit),
    line(`its ${latency.dependentFiles} importers (last one)`, latency.dependents),
    ...(latency.typing ? [line(`the edited file, typing (from the last of 4 keystrokes 50 ms apart; the server waits ${debounceMs} ms for typing to pause)`, latency.typing)] : []),
  ].join('\n');
}

/**
 * Each target: the figure it is judged on (the worst synthetic size) and met / missed. A figure from a
 * stopped run is a bound: it can prove a miss (a stopped hotpath is at least that slow) or, for a
 * stopped baseline, a success, but not the other way round.
 */
export function targetsTable(rows, latency, debounceMs) {
  const synthetic = rows.filter((row) => row.synthetic && !row.hotpath.error);
  const figure = (pick, worse) => {
    let chosen;
    for (const row of synthetic) {
      const value = pick(row);
      if (value && Number.isFinite(value.value) && (!chosen || worse(value.value, chosen.value))) chosen = value;
    }
    return chosen;
  };
  const usable = (run) => run && !run.error;
  const floor = figure((row) => usable(row.tsc) && { value: row.hotpath.wallMs / row.tsc.wallMs, hotpathStopped: row.hotpath.timedOut, baselineStopped: row.tsc.timedOut }, (a, b) => a > b);
  const versus = (key) => figure((row) => usable(row[key]) && { value: row[key].wallMs / row.hotpath.wallMs, hotpathStopped: row.hotpath.timedOut, baselineStopped: row[key].timedOut }, (a, b) => a < b);
  const typed = versus('eslintTyped');
  const untyped = versus('eslint');
  const big = synthetic.find((row) => row.label === '300k');
  const memory = big && { value: big.hotpath.peakRssMb, hotpathStopped: big.hotpath.timedOut };
  const p95 = latency && latency.label === '100k' ? { value: latency.edit.p95 } : undefined;
  const judge = (measured, ok) => {
    if (!measured) return 'not measured';
    const passes = ok(measured.value);
    if (passes && measured.hotpathStopped) return 'unknown (hotpath stopped at the time limit)';
    if (!passes && measured.baselineStopped && !measured.hotpathStopped) return 'unknown (baseline stopped at the time limit)';
    return passes ? 'met' : 'missed';
  };
  const show = (measured, format) => (measured ? format(measured.value) : 'n/a');
  return [
    '| target | measured (worst synthetic size) | result |',
    '|---|---|---|',
    `| full scan <= 1.3x the tsc floor | ${show(floor, (v) => `hotpath takes ${ratio(v)} the floor's time`)} | ${judge(floor, (v) => v <= 1.3)} |`,
    `| >= 3x faster than ESLint with types | ${show(typed, (v) => `ESLint+types takes ${ratio(v)} hotpath's time`)} | ${judge(typed, (v) => v >= 3)} |`,
    `| editor p95 <= 100 ms at 100k lines (an edit after a pause) | ${show(p95, (v) => `${v.toFixed(0)} ms`)} | ${judge(p95, (v) => v <= 100)} |`,
    `| faster than ESLint without types | ${show(untyped, (v) => `ESLint takes ${ratio(v)} hotpath's time`)} | ${judge(untyped, (v) => v > 1)} |`,
    `| peak RSS <= 1 GB at 300k lines | ${show(memory, (v) => `${memory.hotpathStopped ? '>= ' : ''}${mb(v)}`)} | ${judge(memory, (v) => v <= 1024)} |`,
  ].join('\n');
}
