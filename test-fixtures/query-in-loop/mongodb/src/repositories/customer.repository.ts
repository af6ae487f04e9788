import { ObjectId } from 'mongodb';
import { customers } from '../db';

export async function loadCustomer(id: ObjectId) {
  return customers.findOne({ _id: id }, { projection: { email: 1, name: 1 } });
}

export async function addLoyaltyPoints(id: ObjectId, points: number) {
  await customers.updateOne({ _id: id }, { $inc: { loyaltyPoints: points } });
}
