import * as z from 'zod/v4';

// The page's CSP allows no eval, so zod's compiled parsers can never run here. Said before any schema is built, this
// keeps zod from trying eval with its first object schema: Chromium reported that refused try as a script-src
// violation at every start, noise beside the violations that matter. Every `import … from 'zod'` in the page resolves
// to this module (electron.vite.config.ts), so the setting comes first in whichever later chunk loads zod, and the
// first screen, which builds no schema, loads no zod at all.
z.config({ jitless: true });

export * from 'zod/v4';
export { z, z as default };
