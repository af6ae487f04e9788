import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { WorkspaceAnalyzer } from '../src/core/workspace';
import { FIXTURES } from './helpers/fixtures';

/** The editor's analyzer: its own program per edit, and the importers it refreshes. */
describe('WorkspaceAnalyzer (the editor)', function () {
  this.timeout(120_000);

  const PROJECTS = [path.join(FIXTURES, 'demo-api'), path.join(FIXTURES, 'query-in-loop', 'prisma'), path.join(FIXTURES, 'query-in-loop', 'knex')];

  for (const root of PROJECTS) {
    it(`finds the importers ts-morph finds, for every file of ${path.relative(FIXTURES, root)}`, () => {
      const analyzer = new WorkspaceAnalyzer(root);
      const project = (analyzer as unknown as { loaded: { project: import('ts-morph').Project } }).loaded.project;
      let compared = 0;
      for (const file of analyzer.files()) {
        const expected = project
          .getSourceFileOrThrow(file)
          .getReferencingSourceFiles()
          .map((sourceFile) => sourceFile.getFilePath() as string)
          .filter((other) => other !== file && !other.includes('/node_modules/'))
          .sort();
        assert.deepEqual(analyzer.dependentsOf(file).sort(), expected, path.relative(root, file));
        if (expected.length > 0) compared++;
      }
      assert.ok(compared > 0, 'no file of the project is imported by another');
    });
  }

  it('follows edits through its own program: a new N+1, a new importer, and the text closed unsaved', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hotpath-workspace-'));
    try {
      const write = (name: string, text: string) => fs.writeFileSync(path.join(root, name), text);
      write('users.ts', "import { Pool } from 'pg';\nexport async function load(ids: string[]) {\n  return ids;\n}\n");
      write('routes.ts', "import { load } from './users';\nexport const handler = () => load([]);\n");
      const analyzer = new WorkspaceAnalyzer(root);
      const users = path.join(root, 'users.ts');
      assert.deepEqual(analyzer.analyzeFile(users).findings, []);
      assert.deepEqual(analyzer.dependentsOf(users), [path.join(root, 'routes.ts')]);

      const slow = "import { Pool } from 'pg';\nconst pool = new Pool();\nexport async function load(ids: string[]) {\n  for (const id of ids) await pool.query('select 1 where id = $1', [id]);\n  return ids;\n}\n";
      analyzer.update(users, slow);
      assert.deepEqual(analyzer.analyzeFile(users).findings.map((f) => [f.ruleId, f.range.start.line]), [['query-in-loop', 4]]);

      const jobs = path.join(root, 'jobs.ts');
      analyzer.update(jobs, "import { load } from './users';\nexport const job = () => load(['a']);\n");
      assert.deepEqual(analyzer.dependentsOf(users).sort(), [jobs, path.join(root, 'routes.ts')].sort());

      analyzer.revert(users);
      analyzer.revert(jobs);
      assert.deepEqual(analyzer.analyzeFile(users).findings, []);
      assert.deepEqual(analyzer.dependentsOf(users), [path.join(root, 'routes.ts')]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('resolves an import that failed once the file it names is opened, and keeps resolving through package.json', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hotpath-workspace-'));
    try {
      const write = (name: string, text: string) => {
        fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
        fs.writeFileSync(path.join(root, name), text);
      };
      write('package.json', '{ "name": "app", "type": "module" }\n');
      write('node_modules/shared/package.json', '{ "name": "shared", "types": "./types.d.ts" }\n');
      write('node_modules/shared/types.d.ts', 'export declare function helper(): void;\n');
      write('routes.ts', "import { load } from './later';\nimport { helper } from 'shared';\nexport const handler = () => { helper(); return load(); };\n");
      write('users.ts', 'export const users = 1;\n');
      const analyzer = new WorkspaceAnalyzer(root);
      const later = path.join(root, 'later.ts');
      assert.deepEqual(analyzer.dependentsOf(path.join(root, 'users.ts')), []);

      // Opened in the editor, never saved: the unchanged routes.ts now resolves its import of it.
      analyzer.update(later, 'export async function load() { return []; }\n');
      assert.deepEqual(analyzer.dependentsOf(later), [path.join(root, 'routes.ts')]);
      // An edit elsewhere makes another program: the typings found through package.json still resolve.
      analyzer.update(path.join(root, 'users.ts'), 'export const users = 2;\n');
      const typings = path.join(root, 'node_modules', 'shared', 'types.d.ts');
      const program = (analyzer as unknown as { programs: { current(): import('typescript').Program } }).programs.current();
      assert.ok(program.getSourceFile(typings), 'the typings of shared are part of the program');
      assert.deepEqual(analyzer.dependentsOf(later), [path.join(root, 'routes.ts')]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
