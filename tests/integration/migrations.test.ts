// Every Dexie schema version upgrades a frozen fixture of the version before without losing a row.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { openDb } from '../../src/data/db';
import { createRepo } from '../../src/data/repo';
import { buildBackup } from '../../src/domain/backup/build-backup';
import { parseBackup } from '../../src/domain/backup/parse-backup';
import { settingsSchema } from '../../src/domain/settings';
import { readBank } from '../../scripts/read-bank';

const questionIds = new Set(readBank().questions.map((q) => q.id));

interface Fixture {
  version: number;
  stores: Record<string, string>;
  data: Record<string, unknown[]>;
}
const load = (name: string): Fixture => JSON.parse(readFileSync(new URL(`../fixtures/db/${name}`, import.meta.url), 'utf8'));

const LATEST = 3;

it.each(['v1.json', 'v2.json'])('upgrades a %s database to the latest version with every row intact', async (name) => {
  const fixture = load(name);
  // Write the fixture with its frozen schema, as that version of the app would have.
  const old = new Dexie(`migrate-${name}`);
  old.version(fixture.version).stores(fixture.stores);
  await old.open();
  for (const [table, rows] of Object.entries(fixture.data)) await old.table(table).bulkAdd(rows);
  old.close();

  const db = openDb(`migrate-${name}`);
  await db.open();
  expect(db.verno).toBe(LATEST);
  for (const [table, rows] of Object.entries(fixture.data)) {
    const upgraded = await db.table(table).toArray();
    expect(upgraded).toHaveLength(rows.length);
    expect(upgraded).toEqual(expect.arrayContaining(rows));
  }
  expect(await db.mocks.count()).toBe(fixture.data.mocks?.length ?? 0);
  expect(await db.backups.count()).toBe(0);

  // The upgraded rows still read and validate through the app's own code.
  const repo = createRepo(db, []);
  expect(settingsSchema.safeParse(await repo.settings()).success).toBe(true);
  expect(await repo.settings()).toMatchObject({ newPerDay: 5, retention: 0.92, theme: 'dark' });
  expect((await repo.session())?.results).toHaveLength(1);
  expect((await repo.card('beh-one-minute-pitch')).suspended).toBe(true);
  expect(await repo.attemptsFor('data-scaling-before-split')).toHaveLength(1);
  // Every upgraded row passes the strict backup schema, the same one an import must pass.
  const now = Date.now();
  const checked = parseBackup(JSON.stringify(buildBackup(await repo.backupData(), { now, appVersion: 'test' })), { now, questionIds });
  expect(checked.ok ? 'valid' : checked.problems).toBe('valid');
  await db.delete();
});
