import { readFileSync as readText, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { Arg, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { publishRecipe } from '../services/recipe-service';
import { Recipe, RecipeInput } from '../types/recipe';

const RECIPE_DIR = '/var/data/recipes';

@Resolver(() => Recipe)
export class RecipeResolver {
  @Query(() => Recipe, { nullable: true })
  recipe(@Arg('id', () => ID) id: string): Recipe | null {
    try {
      return JSON.parse(readText(path.join(RECIPE_DIR, `${path.basename(id)}.json`), 'utf8')); // expect: sync-in-handler
    } catch {
      return null;
    }
  }

  @Query(() => String)
  async terms(): Promise<string> {
    return readFile(path.join(__dirname, 'terms.md'), 'utf8'); // ok: sync-in-handler -- fs/promises, async
  }

  @Mutation(() => Recipe)
  async addRecipe(@Arg('input') input: RecipeInput): Promise<Recipe> {
    return publishRecipe(input);
  }

  @FieldResolver(() => String)
  lastEdited(@Root() recipe: Recipe): string {
    return statSync(path.join(RECIPE_DIR, `${recipe.id}.json`)).mtime.toISOString(); // expect: sync-in-handler
  }
}
