/**
 * `npm start` entry: turns on Node's compile cache before anything else is
 * loaded (about a sixth off the cold start, see bench/cold-start.ts), then runs main.
 */
import module from 'node:module';

module.enableCompileCache?.();
await import('./main.ts');
