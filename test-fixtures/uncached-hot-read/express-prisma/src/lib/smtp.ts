export async function deliver(to: string, subject: string, html: string): Promise<void> {
  console.log(`mail to ${to}: ${subject} (${html.length} bytes)`);
}
