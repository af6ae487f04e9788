import { Types } from 'mongoose';
import { User } from '../models/user.model';

export function findUserById(id: Types.ObjectId | string) {
  return User.findById(id).lean().exec();
}

export function findUsersByIds(ids: Array<Types.ObjectId | string>) {
  return User.find({ _id: { $in: ids } }).lean();
}

export async function addCredits(userId: Types.ObjectId | string, amount: number) {
  await User.updateOne({ _id: userId }, { $inc: { credits: amount } });
}
