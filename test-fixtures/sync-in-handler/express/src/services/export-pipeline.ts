import { readFileSync, statSync } from 'node:fs';

// A deep pipeline: the blocking read is ten calls below the handler, and a second one is at the top.
function readRows(id: string): string { return readFileSync(`/var/exports/${id}.csv`, 'utf8'); } // expect: sync-in-handler
function step1(id: string): string { return readRows(id); }
function step2(id: string): string { return step1(id); }
function step3(id: string): string { return step2(id); }
function step4(id: string): string { return step3(id); }
function step5(id: string): string { return step4(id); }
function step6(id: string): string { return step5(id); }
function step7(id: string): string { return step6(id); }
function step8(id: string): string { return step7(id); }

export function buildExport(id: string): string {
  statSync(`/var/exports/${id}.csv`); // expect: sync-in-handler
  return step8(id);
}
