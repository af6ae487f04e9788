import { spawn } from 'node:child_process';

/** Renders through the bundled binary without blocking: spawn + stream. */
export function renderInvoice(id: string, company: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('/opt/bin/render-invoice', [id, company]); // ok: sync-in-handler -- async spawn
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`render exited with ${code}`))));
  });
}
