import { Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType()
export class Recipe {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => [String])
  ingredients!: string[];
}

@InputType()
export class RecipeInput {
  @Field()
  title!: string;

  @Field(() => [String])
  ingredients!: string[];
}
