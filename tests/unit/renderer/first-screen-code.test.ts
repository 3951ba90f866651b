import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { relative, staticGraph } from '../../support/static-imports';

const renderer = path.resolve(import.meta.dirname, '../../../src/renderer/src');

describe("the first screen's code", () => {
  it('starts by asking main, before it runs any library', () => {
    const packages = relative(staticGraph(path.join(renderer, 'main.tsx'))).filter((file) =>
      file.startsWith('package:'),
    );
    expect(packages).toEqual([]);
  });

  it("holds no later screen, and builds neither the contract's schemas nor the session's, a localized text's, the protocol's or the warning signs'", () => {
    const files = relative(staticGraph(path.join(renderer, 'app/start-app.tsx')));
    const later = files.filter((file) =>
      /^src\/renderer\/src\/(steps\/(?!WelcomeStep|step-position)|clinician\/)/.test(file),
    );
    const schemas = files.filter((file) =>
      /src\/shared\/(contract\/api-contract|contract\/clinician-calls|schemas\/session|schemas\/localized-text|protocol\/protocol|warning-signs\/warning-sign-catalog)\.ts$/.test(
        file,
      ),
    );
    expect({ later, schemas }).toEqual({ later: [], schemas: [] });
    // The graph is the real one: the welcome step is in it.
    expect(files).toContain('src/renderer/src/steps/WelcomeStep.tsx');
  });
});
