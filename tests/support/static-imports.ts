import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(import.meta.dirname, '../..');

/** The modules an import names, as the bundle runs them: imports of types only are left out, and so are import() calls. */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const named: string[] = [];
  for (const statement of source.statements) {
    if (
      !(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) ||
      !statement.moduleSpecifier
    )
      continue;
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause !== undefined &&
        (clause.phaseModifier === ts.SyntaxKind.TypeKeyword ||
          (!clause.name &&
            bindings !== undefined &&
            ts.isNamedImports(bindings) &&
            bindings.elements.every((element) => element.isTypeOnly)));
      if (onlyTypes) continue;
    } else if (statement.isTypeOnly) continue;
    named.push((statement.moduleSpecifier as ts.StringLiteral).text);
  }
  return named;
}

/** Every file and package the module runs before it runs itself: its static imports, all the way down. */
export function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of runtimeImports(file)) {
      // The @shared/ alias (scripts/vite/shared-alias.ts) is the app's own code, not a package.
      const shared = specifier.startsWith('@shared/')
        ? path.join(root, 'src/shared', specifier.slice('@shared/'.length))
        : null;
      if (!shared && !specifier.startsWith('.')) {
        seen.add(`package:${specifier.split('/')[0] as string}`);
        continue;
      }
      const base = shared ?? path.resolve(path.dirname(file), specifier);
      const found = [base, `${base}.ts`, `${base}.tsx`].find(
        (candidate) => /\.tsx?$/.test(candidate) && ts.sys.fileExists(candidate),
      );
      // JSON, CSS and fonts are data, not code that builds anything.
      if (found) visit(found);
    }
  };
  visit(entry);
  return seen;
}

/** The files of a static graph relative to the repository, and its packages as `package:<name>`. */
export const relative = (files: Set<string>) =>
  [...files].map((file) => (file.startsWith('package:') ? file : path.relative(root, file)));
