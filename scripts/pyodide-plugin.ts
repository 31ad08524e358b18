// Serves the Pyodide runtime from our own origin at /pyodide/ (dev server and build output),
// under the file names Pyodide expects, so Python runs without any third-party network.
import { createReadStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { PYODIDE_FILES, PYODIDE_PATH } from '../src/runner/pyodide-files';

const TYPES: Record<string, string> = { mjs: 'text/javascript', wasm: 'application/wasm', zip: 'application/zip', json: 'application/json' };
const pyodideDir = dirname(createRequire(import.meta.url).resolve('pyodide/package.json'));

export function pyodidePlugin(): Plugin {
  return {
    name: 'bridge-pyodide',
    configureServer(server) {
      server.middlewares.use(PYODIDE_PATH, (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//, '').split('?')[0];
        if (!PYODIDE_FILES.includes(name)) return next();
        res.setHeader('Content-Type', TYPES[name.split('.').pop()!]);
        createReadStream(join(pyodideDir, name)).pipe(res);
      });
    },
    generateBundle() {
      for (const name of PYODIDE_FILES) {
        this.emitFile({ type: 'asset', fileName: `${PYODIDE_PATH.slice(1)}${name}`, source: readFileSync(join(pyodideDir, name)) });
      }
    },
  };
}
