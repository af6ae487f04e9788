import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument } from 'mongoose';

@Schema({ timestamps: true })
export class Account {
  @Prop({ required: true, index: true })
  ownerId!: string;

  @Prop({ default: 0 })
  balance!: number;

  @Prop({ default: false })
  frozen!: boolean;
}

export type AccountDocument = HydratedDocument<Account>;
export const AccountSchema = SchemaFactory.createForClass(Account);
