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

/** A stored backup: automatic ones (taken before every import) keep their text; exports only their date. */
export interface BackupRecord {
  id: string;
  kind: 'auto' | 'export';
  at: number;
  text?: string;
}

export type BridgeDb = Dexie & {
  cards: EntityTable<Card, 'questionId'>;
  attempts: EntityTable<Attempt, 'id'>;
  sessions: EntityTable<SessionRecord, 'kind'>;
  settings: EntityTable<SettingsRecord, 'id'>;
  mocks: EntityTable<Mock, 'id'>;
  backups: EntityTable<BackupRecord, 'id'>;
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
  // v3: automatic backups before imports, and the dates of exports.
  db.version(3).stores({ backups: 'id, kind, at' });
  return db;
}

export const db = openDb();

// Another tab opened a newer version of the database: this tab's code is older, so it must not
// write old-shaped data. It closes the connection and asks the learner to reload.
const versionListeners = new Set<() => void>();
db.on('versionchange', () => {
  db.close();
  versionListeners.forEach((listener) => listener());
  return false;
});

export function onNewerVersion(listener: () => void): () => void {
  versionListeners.add(listener);
  return () => versionListeners.delete(listener);
}
