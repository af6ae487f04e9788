import { randomUUID } from 'node:crypto';
import { writeRecipeFile } from '../lib/recipe-files';
import type { Recipe, RecipeInput } from '../types/recipe';

export async function publishRecipe(input: RecipeInput): Promise<Recipe> {
  const recipe: Recipe = { id: randomUUID(), title: input.title.trim(), ingredients: input.ingredients };
  writeRecipeFile(recipe);
  return recipe;
}
