// Every Dexie schema version upgrades a frozen fixture of the version before without losing a row.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { openDb } from '../../src/data/db';
import { createRepo } from '../../src/data/repo';
import { settingsSchema } from '../../src/domain/settings';

interface Fixture {
  version: number;
  stores: Record<string, string>;
  data: Record<string, unknown[]>;
}
const load = (name: string): Fixture => JSON.parse(readFileSync(new URL(`../fixtures/db/${name}`, import.meta.url), 'utf8'));

it('upgrades a v1 database to the latest version with every row intact', async () => {
  const fixture = load('v1.json');
  // Write the fixture with the frozen v1 schema, as a v1 app would have.
  const old = new Dexie('migrate-v1');
  old.version(fixture.version).stores(fixture.stores);
  await old.open();
  for (const [table, rows] of Object.entries(fixture.data)) await old.table(table).bulkAdd(rows);
  old.close();

  const db = openDb('migrate-v1');
  await db.open();
  expect(db.verno).toBe(2);
  for (const [table, rows] of Object.entries(fixture.data)) {
    const upgraded = await db.table(table).toArray();
    expect(upgraded).toHaveLength(rows.length);
    expect(upgraded).toEqual(expect.arrayContaining(rows));
  }
  expect(await db.mocks.count()).toBe(0);

  // The upgraded rows still read and validate through the app's own code.
  const repo = createRepo(db, []);
  expect(settingsSchema.safeParse(await repo.settings()).success).toBe(true);
  expect(await repo.settings()).toMatchObject({ newPerDay: 5, retention: 0.92, theme: 'dark' });
  expect((await repo.session())?.results).toHaveLength(1);
  expect((await repo.card('beh-one-minute-pitch')).suspended).toBe(true);
  expect(await repo.attemptsFor('data-scaling-before-split')).toHaveLength(1);
  await db.delete();
});
