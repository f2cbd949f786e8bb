import { z } from 'zod';

// Zod compiles fast parsers with `new Function` unless told not to. Our CSP forbids eval ('unsafe-eval' is
// absent), and zod's probe for it would log a CSP violation on every page load. This module must be imported
// before anything that builds a schema (i.e. first in main.tsx), since the choice is made per schema.
z.config({ jitless: true });
