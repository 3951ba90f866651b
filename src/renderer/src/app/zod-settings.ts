import { z } from 'zod';

// The page's CSP allows no eval, so zod's compiled parsers can never run here. Said before any schema is built, this
// keeps zod from trying eval with its first object schema: Chromium reported that refused try as a script-src
// violation at every start, noise beside the violations that matter.
z.config({ jitless: true });
