import { ObjectId } from 'mongodb';
import { db } from '../db';

interface AuditEntry {
  _id?: ObjectId;
  actorId: ObjectId;
  action: string;
  at: Date;
}

const audit = db.collection<AuditEntry>('audit_log');

export async function record(actorId: ObjectId, action: string): Promise<void> {
  await audit.insertOne({ actorId, action, at: new Date() }); // ok: unbounded-query -- write, returns no rows
}

export async function historyOf(actorId: ObjectId) {
  return audit.find({ actorId }).sort({ at: -1 }).toArray(); // expect: unbounded-query
}

export async function lastActions(actorId: ObjectId) {
  return audit.find({ actorId }).sort({ at: -1 }).limit(20).toArray(); // ok: unbounded-query -- limit(20)
}

export async function sessionsOf(userId: string) {
  return db.collection('sessions').find({ userId }).toArray(); // expect: unbounded-query
}
