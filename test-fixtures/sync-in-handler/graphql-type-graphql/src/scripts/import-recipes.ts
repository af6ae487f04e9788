import { readFileSync } from 'node:fs';
import { writeRecipeFile } from '../lib/recipe-files';

// CLI: imports a JSON dump from the old system. writeRecipeFile is also reached from the addRecipe
// mutation, so its sync writes are reported there; this script's own read is not.
function main(): void {
  const dump: Array<{ id: string }> = JSON.parse(readFileSync(process.argv[2] ?? 'recipes.json', 'utf8')); // ok: sync-in-handler -- CLI script
  dump.forEach((recipe) => writeRecipeFile(recipe));
}

main();
