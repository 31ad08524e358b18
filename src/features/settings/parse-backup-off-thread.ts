// Validates a backup in a worker (parse-backup-worker.ts); one worker per backup.
import type { ParseBackupResult } from '../../domain/backup/parse-backup';

export interface ParseRequest {
  /** A chosen file, or the text of an automatic backup. */
  source: Blob | string;
  now: number;
  questionIds: string[];
}

/** Like `parseBackup`, never rejects: a worker that fails answers as a refused file. */
export function parseBackupOffThread(request: ParseRequest): Promise<ParseBackupResult> {
  const worker = new Worker(new URL('./parse-backup-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ParseBackupResult>((resolve) => {
    worker.onmessage = (event: MessageEvent<ParseBackupResult>) => resolve(event.data);
    worker.onerror = (event) => {
      const error = `the file could not be read (${event.message || 'the checking worker failed'})`;
      resolve({ ok: false, error, problems: [error] });
    };
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}
