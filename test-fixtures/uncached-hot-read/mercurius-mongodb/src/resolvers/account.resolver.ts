import { Arg, Ctx, FieldResolver, Float, Mutation, Query, Resolver, Root } from 'type-graphql';
import { planByCode } from '../lib/plan-cache';
import { settings } from '../mongo';
import { ensureNotSuspended, findAccount } from '../services/accounts';
import { previewInvoice } from '../services/billing';
import { Account, Invoice, Plan, type Context } from '../types/graphql';

@Resolver(() => Account)
export class AccountResolver {
  /** findAccount and ensureNotSuspended both run accounts.findOne({ _id: new ObjectId(id) }). */
  @Query(() => Account, { nullable: true })
  async me(@Ctx() ctx: Context): Promise<Account | null> {
    if (!ctx.accountId) return null;
    const account = await findAccount(ctx.accountId); // ok: uncached-hot-read -- the first of the two identical reads
    if (!account) return null;
    await ensureNotSuspended(ctx.accountId); // expect: uncached-hot-read
    return { id: account._id.toHexString(), email: account.email, planCode: account.planCode };
  }

  @Query(() => Invoice)
  async invoicePreview(@Arg('net', () => Float) net: number, @Ctx() ctx: Context): Promise<Invoice> {
    const account = ctx.accountId ? await findAccount(ctx.accountId) : null; // ok: uncached-hot-read -- depends on the request
    return previewInvoice(account?.region ?? 'EU', net);
  }

  @FieldResolver(() => Plan, { nullable: true })
  plan(@Root() account: Account): Promise<Plan | null> {
    return planByCode(account.planCode); // ok: uncached-hot-read -- Map-cached getter, argument from the parent
  }

  @Mutation(() => Boolean)
  async setBanner(@Arg('text') text: string): Promise<boolean> {
    await settings.updateOne({ key: 'banner' }, { $set: { value: text } }, { upsert: true }); // ok: uncached-hot-read -- a write
    return true;
  }
}
