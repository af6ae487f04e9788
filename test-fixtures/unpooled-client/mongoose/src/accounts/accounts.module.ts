import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import mongoose from 'mongoose';
import { MONGO_URL } from '../connections';
import { Account, AccountSchema } from './account.schema';
import { AccountsController } from './accounts.controller';
import { AccountsService, LEDGER_CONNECTION } from './accounts.service';

@Module({
  imports: [MongooseModule.forRoot(MONGO_URL), MongooseModule.forFeature([{ name: Account.name, schema: AccountSchema }])],
  controllers: [AccountsController],
  providers: [
    AccountsService,
    {
      provide: LEDGER_CONNECTION,
      useFactory: () => mongoose.createConnection(process.env.LEDGER_MONGO_URL ?? MONGO_URL), // ok: unpooled-client -- Nest provider factory, runs once
    },
  ],
})
export class AccountsModule {}
