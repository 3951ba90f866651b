import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const renderer = path.join(root, 'src/renderer/src');

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
function staticGraph(entry: string): Set<string> {
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

const relative = (files: Set<string>) =>
  [...files].map((file) => (file.startsWith('package:') ? file : path.relative(root, file)));

describe("the first screen's code", () => {
  it('starts by asking main, before it runs any library', () => {
    const packages = relative(staticGraph(path.join(renderer, 'main.tsx'))).filter((file) =>
      file.startsWith('package:'),
    );
    expect(packages).toEqual([]);
  });

  it("holds no later screen, and builds neither the contract's schemas nor the session's, the protocol's or the warning signs'", () => {
    const files = relative(staticGraph(path.join(renderer, 'app/start-app.tsx')));
    const later = files.filter((file) =>
      /^src\/renderer\/src\/(steps\/(?!WelcomeStep|step-position)|clinician\/)/.test(file),
    );
    const schemas = files.filter((file) =>
      /src\/shared\/(api-contract|clinician-calls|schemas\/session|protocol\/protocol|warning-signs\/warning-sign-catalog)\.ts$/.test(
        file,
      ),
    );
    expect({ later, schemas }).toEqual({ later: [], schemas: [] });
    // The graph is the real one: the welcome step is in it.
    expect(files).toContain('src/renderer/src/steps/WelcomeStep.tsx');
  });
});
