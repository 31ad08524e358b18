/// <reference lib="webworker" />
// Reads and validates a backup off the main thread: a 50 MB file takes seconds to parse,
// and the page should stay responsive meanwhile.
import { parseBackup, type ParseBackupResult } from '../../domain/backup/parse-backup';
import type { ParseRequest } from './parse-backup-off-thread';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async ({ data }: MessageEvent<ParseRequest>) => {
  const text = typeof data.source === 'string' ? data.source : await data.source.text();
  const result: ParseBackupResult = parseBackup(text, { now: data.now, questionIds: new Set(data.questionIds) });
  self.postMessage(result);
};
