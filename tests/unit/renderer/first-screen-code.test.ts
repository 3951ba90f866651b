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

  it("holds no later screen, and builds neither the contract's schemas nor the session's, a localized text's, the protocol's or the warning signs', nor loads zod", () => {
    const files = relative(staticGraph(path.join(renderer, 'app/start-app.tsx')));
    const later = files.filter((file) =>
      /^src\/renderer\/src\/(steps\/(?!WelcomeStep|step-position)|clinician\/)/.test(file),
    );
    const schemas = files.filter((file) =>
      /src\/shared\/(contract\/api-contract|contract\/clinician-calls|schemas\/session|schemas\/localized-text|protocol\/protocol|warning-signs\/warning-sign-catalog)\.ts$/.test(
        file,
      ),
    );
    // zod (about 90 KB of script) waits for a later screen: the lists the first screen shows are plain arrays.
    const zod = files.filter((file) => file === 'package:zod');
    expect({ later, schemas, zod }).toEqual({ later: [], schemas: [], zod: [] });
    // The graph is the real one: the welcome step is in it.
    expect(files).toContain('src/renderer/src/steps/WelcomeStep.tsx');
  });
});
