import Dexie, { type EntityTable } from 'dexie';
import type { Mock } from '../domain/mock/mock-session';
import type { Attempt } from '../domain/practice/attempt';
import type { PracticeSession } from '../domain/practice/session';
import type { Card } from '../domain/scheduler/memory';
import type { Settings } from '../domain/settings';

export interface SessionRecord {
  kind: 'practice';
  session: PracticeSession;
}

export interface SettingsRecord extends Settings {
  id: 'settings';
}

export type BridgeDb = Dexie & {
  cards: EntityTable<Card, 'questionId'>;
  attempts: EntityTable<Attempt, 'id'>;
  sessions: EntityTable<SessionRecord, 'kind'>;
  settings: EntityTable<SettingsRecord, 'id'>;
  mocks: EntityTable<Mock, 'id'>;
};

export const DB_NAME = 'bridge';

// Every schema change adds a version with an upgrade, tested from a frozen fixture of the one before.
export function openDb(name = DB_NAME): BridgeDb {
  const db = new Dexie(name) as BridgeDb;
  db.version(1).stores({
    cards: 'questionId',
    attempts: 'id, questionId, at',
    sessions: 'kind',
    settings: 'id',
  });
  // v2: mock interviews. A new table only; the rows of v1 stay as they are.
  db.version(2).stores({ mocks: 'id, startedAt' });
  return db;
}

export const db = openDb();
