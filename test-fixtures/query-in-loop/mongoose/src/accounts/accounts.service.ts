import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { Account, AccountDocument, Transfer, TransferDocument } from './account.schema';

@Injectable()
export class AccountsService {
  constructor(
    @InjectModel(Account.name) private readonly accountModel: Model<AccountDocument>,
    @InjectModel(Transfer.name) private transferModel: Model<TransferDocument>,
  ) {}

  async applyInterest(rate: number) {
    const accounts = await this.accountModel.find({ frozen: false }).limit(1000).lean().exec();
    for (const account of accounts) {
      await this.accountModel.updateOne({ _id: account._id }, { $inc: { balance: account.balance * rate } }); // expect: query-in-loop
    }
  }

  async applyInterestBatched(rate: number) {
    const accounts = await this.accountModel.find({ frozen: false }).limit(1000).lean().exec();
    const operations = accounts.map((account) => ({ // ok: query-in-loop -- builds bulkWrite operations, no I/O
      updateOne: { filter: { _id: account._id }, update: { $inc: { balance: account.balance * rate } } },
    }));
    await this.accountModel.bulkWrite(operations); // ok: query-in-loop -- one bulkWrite after the loop
  }

  async settle(transfers: Transfer[]) {
    for (let i = 0; i < transfers.length; i++) {
      const transfer = transfers[i];
      await this.accountModel.findOneAndUpdate({ ownerId: transfer.fromAccountId }, { $inc: { balance: -transfer.amount } }).exec(); // expect: query-in-loop
    }
    await this.transferModel.insertMany(transfers); // ok: query-in-loop -- one bulk insert
  }

  async balances(ownerIds: string[]) {
    return Promise.all(ownerIds.map((ownerId) => this.accountModel.findOne({ ownerId }).lean())); // expect: query-in-loop
  }

  async balancesBatched(ownerIds: string[]) {
    const accounts = await this.accountModel.find({ ownerId: { $in: ownerIds } }).lean(); // ok: query-in-loop -- one $in query
    return ownerIds.map((ownerId) => accounts.find((account) => account.ownerId === ownerId) ?? null); // ok: query-in-loop -- lookups in memory
  }
}
