// The Pyodide runtime files we serve at /pyodide/ and keep in the service worker's cache.
export const PYODIDE_FILES = ['pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];
export const PYODIDE_PATH = '/pyodide/';
export const PYODIDE_CACHE = 'pyodide-runtime';
