import * as path from 'node:path';
import type { ExportSpec, LibrarySpec, MemberSpec, ValueKindSpec } from './model';

/** A library module resolved for an import: the library and, for relative user modules, nothing else. */
export interface KindEntry {
  library: LibrarySpec;
  spec: ValueKindSpec;
}

/** What the workspace adds to the library model: generated clients and its import aliases. */
export interface WorkspaceModules {
  /** Library id → folders where its client is generated in the workspace (Prisma's `output`). */
  generatedClients?: Record<string, string[]>;
  /** Maps a non-relative specifier through tsconfig `paths` to candidate absolute paths. */
  mapPath?: (specifier: string) => string[];
}

/**
 * Indexes the library model for lookups by module specifier, kind name, typings file and type name.
 * Built once per scan from the built-in libraries plus the user's hotpath.json additions.
 */
export class LibraryRegistry {
  private readonly byModule = new Map<string, LibrarySpec>();
  private readonly byModulePrefix: Array<[string, LibrarySpec]> = [];
  /** Custom libraries declared on a project file: absolute path without extension. */
  private readonly byFile = new Map<string, LibrarySpec>();
  private readonly kinds = new Map<string, KindEntry>();
  private readonly typePatterns = new Map<LibrarySpec, Array<[RegExp | string, string]>>();
  private readonly typingsFragments: Array<[string, LibrarySpec]> = [];
  private readonly typingsLibraries = new Map<string, LibrarySpec | null>();
  readonly globals = new Map<string, { library: LibrarySpec; spec: ExportSpec }>();

  constructor(
    readonly libraries: readonly LibrarySpec[],
    projectRoot?: string,
    private readonly workspace: WorkspaceModules = {},
  ) {
    for (const [libraryId, folders] of Object.entries(workspace.generatedClients ?? {})) {
      const library = libraries.find((candidate) => candidate.id === libraryId);
      if (!library) continue;
      for (const folder of folders) {
        for (const entry of ['', 'client', 'index', 'edge', 'default']) this.byFile.set(stripExtension(path.join(folder, entry)), library);
      }
    }
    for (const library of libraries) {
      for (const specifier of library.modules) {
        if (specifier.startsWith('./') || specifier.startsWith('../') || path.isAbsolute(specifier)) {
          const absolute = path.resolve(projectRoot ?? process.cwd(), specifier);
          this.byFile.set(stripExtension(absolute), library);
        } else if (specifier.endsWith('/*')) {
          this.byModulePrefix.push([specifier.slice(0, -1), library]);
        } else {
          this.byModule.set(specifier, library);
        }
        if (!specifier.startsWith('.')) {
          this.typingsFragments.push([`/node_modules/${specifier.replace(/\/\*$/, '')}/`, library]);
        }
      }
      for (const fragment of library.typingsPaths ?? []) this.typingsFragments.push([fragment, library]);
      for (const [name, spec] of Object.entries(library.kinds)) this.kinds.set(name, { library, spec });
      for (const [name, spec] of Object.entries(library.globals ?? {})) this.globals.set(name, { library, spec });
      this.typePatterns.set(
        library,
        Object.entries(library.types ?? {}).map(([key, kind]) => [
          key.startsWith('/') ? new RegExp(key.slice(1, key.lastIndexOf('/'))) : key,
          kind,
        ]),
      );
    }
    // Longer fragments first, so '/node_modules/.prisma/client/' wins over shorter ones.
    this.typingsFragments.sort((a, b) => b[0].length - a[0].length);
  }

  /** The library imported by `specifier` from `importingFile`, if it is one the model knows. */
  libraryForModule(specifier: string, importingFile: string): LibrarySpec | undefined {
    const bare = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
    const exact = this.byModule.get(bare);
    if (exact) return exact;
    for (const [prefix, library] of this.byModulePrefix) {
      if (bare.startsWith(prefix)) return library;
    }
    if (this.byFile.size === 0) return undefined;
    // A workspace file: a relative import, or a tsconfig `paths` alias such as `@/generated/prisma`.
    const candidates = bare.startsWith('.') ? [path.resolve(path.dirname(importingFile), bare)] : (this.workspace.mapPath?.(bare) ?? []);
    for (const candidate of candidates) {
      const target = stripExtension(candidate);
      const library = this.byFile.get(target) ?? this.byFile.get(path.join(target, 'index'));
      if (library) return library;
    }
    return undefined;
  }

  /** The library whose typings declare something in `fileName`. */
  libraryForTypingsFile(fileName: string): LibrarySpec | undefined {
    // Asked for every type the resolver meets; a program has a few hundred typings files.
    if (this.typingsLibraries.has(fileName)) return this.typingsLibraries.get(fileName) ?? undefined;
    const normalized = fileName.replace(/\\/g, '/');
    let found: LibrarySpec | undefined;
    if (normalized.includes('/node_modules/')) {
      for (const [fragment, library] of this.typingsFragments) {
        if (normalized.includes(fragment)) {
          found = library;
          break;
        }
      }
    }
    this.typingsLibraries.set(fileName, found ?? null);
    return found;
  }

  /** The value kind a type declared as `typeName` in the library's typings stands for. */
  kindForTypeName(library: LibrarySpec, typeName: string): string | undefined {
    for (const [pattern, kind] of this.typePatterns.get(library) ?? []) {
      if (typeof pattern === 'string' ? pattern === typeName : pattern.test(typeName)) return kind;
    }
    return undefined;
  }

  kind(name: string): KindEntry | undefined {
    if (name.endsWith('[]')) {
      // An array of values of a kind, from an annotation such as `posts: Post[]`.
      const element = this.kinds.get(name.slice(0, -2));
      return element && { library: element.library, spec: { elements: name.slice(0, -2) } };
    }
    return this.kinds.get(name);
  }

  /** What the member `name` of a value of kind `kindName` is, following anyMember and patterns. */
  member(kindName: string, name: string): MemberSpec | undefined {
    const spec = this.kinds.get(kindName)?.spec;
    if (!spec) return undefined;
    const listed = spec.members?.[name];
    if (listed) return listed;
    for (const { pattern, spec: memberSpec } of spec.memberPatterns ?? []) {
      if (new RegExp(pattern).test(name)) return memberSpec;
    }
    if (spec.anyMember && !spec.notMembers?.includes(name) && !name.startsWith('$') && !isObjectMethod(name)) {
      return spec.anyMember;
    }
    return undefined;
  }
}

const OBJECT_METHODS = new Set(['toString', 'valueOf', 'constructor', 'hasOwnProperty', 'toJSON', 'bind', 'call', 'apply']);
function isObjectMethod(name: string): boolean {
  return OBJECT_METHODS.has(name);
}

function stripExtension(file: string): string {
  return file.replace(/\.(d\.)?[cm]?[jt]sx?$/, '');
}
