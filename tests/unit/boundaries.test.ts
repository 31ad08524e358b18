// The import rules of DESIGN.md, checked on every run.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

const modules = files(SRC).map((file) => {
  const text = readFileSync(file, 'utf8');
  const imports = [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);
  return { path: relative(SRC, file).split(sep).join('/'), imports, text };
});

describe('import boundaries', () => {
  it('domain/ imports only zod, ts-fsrs and domain/*, and touches no DOM', () => {
    for (const m of modules.filter((m) => m.path.startsWith('domain/'))) {
      for (const spec of m.imports) {
        const ok = spec === 'zod' || spec === 'zod/mini' || spec === 'ts-fsrs' || spec.startsWith('.');
        expect(ok, `${m.path} imports ${spec}`).toBe(true);
        if (spec.startsWith('.')) expect(join(m.path, '..', spec).startsWith('domain'), `${m.path} imports ${spec}`).toBe(true);
      }
      const code = m.text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(/\b(window|document|localStorage|indexedDB|navigator)\.\w/.test(code), `${m.path} uses the DOM`).toBe(false);
    }
  });

  it('only data/ imports dexie', () => {
    for (const m of modules.filter((m) => !m.path.startsWith('data/'))) {
      expect(m.imports.filter((s) => s.startsWith('dexie')), m.path).toEqual([]);
    }
  });

  it('no feature imports another feature', () => {
    for (const m of modules.filter((m) => m.path.startsWith('features/'))) {
      const own = m.path.split('/')[1];
      for (const spec of m.imports.filter((s) => s.startsWith('.'))) {
        const target = join(m.path, '..', spec).split(sep).join('/');
        if (target.startsWith('features/')) expect(target.split('/')[1], `${m.path} imports ${spec}`).toBe(own);
      }
    }
  });

  it('ts-fsrs stays inside domain/scheduler', () => {
    for (const m of modules.filter((m) => m.imports.includes('ts-fsrs'))) expect(m.path.startsWith('domain/scheduler/')).toBe(true);
  });
});
