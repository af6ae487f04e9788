import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class Country {
  @Field(() => ID)
  code!: string;

  @Field()
  name!: string;
}

@ObjectType()
export class Plan {
  @Field(() => ID)
  code!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  price!: number;
}

@ObjectType()
export class Account {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  planCode!: string;
}

@ObjectType()
export class Invoice {
  @Field(() => Float)
  net!: number;

  @Field(() => Float)
  gross!: number;
}

@ObjectType()
export class FaqEntry {
  @Field()
  question!: string;

  @Field()
  answer!: string;
}

export interface Context {
  accountId: string | null;
}
