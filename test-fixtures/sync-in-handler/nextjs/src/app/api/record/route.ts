import { saveRecording } from '../../../lib/recordings';

export async function POST(request: Request): Promise<Response> {
  const events = (await request.json()) as unknown[];
  return Response.json({ saved: await saveRecording(events) });
}
