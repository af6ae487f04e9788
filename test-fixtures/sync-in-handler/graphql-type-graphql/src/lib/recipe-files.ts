import { appendFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const RECIPE_DIR = '/var/data/recipes';

export function writeRecipeFile(recipe: { id: string }): void {
  writeFileSync(path.join(RECIPE_DIR, `${recipe.id}.json`), JSON.stringify(recipe)); // expect: sync-in-handler
  appendFileSync(path.join(RECIPE_DIR, 'index.txt'), `${recipe.id}\n`); // expect: sync-in-handler
}
