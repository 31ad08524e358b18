// Export, import and restore of the learner's data. Imports are validated in full before anything
// is written, previewed, and applied in one transaction after an automatic backup.
import { useState } from 'react';
import { questionIndex } from '../../data/bank';
import { useBackups } from '../../data/live';
import { repo } from '../../data/repo';
import { MAX_BACKUP_BYTES, type Backup } from '../../domain/backup/backup-schema';
import { attemptsToCsv, backupFileName, buildBackup } from '../../domain/backup/build-backup';
import { planImport, type ImportMode, type ImportPreview } from '../../domain/backup/merge-backup';
import { download } from '../../ui/download';
import { parseBackupOffThread } from './parse-backup-off-thread';
import { describeError } from '../../data/describe-error';

const APP_VERSION = '0.1.0';
const questionIds = questionIndex.map((q) => q.id);

function Preview({ preview }: { preview: ImportPreview }) {
  const range = preview.attemptRange;
  return (
    <ul>
      <li>
        In the file: {preview.incoming.cards} cards, {preview.incoming.attempts} attempts, {preview.incoming.mocks} mocks
        {range && `, answered from ${new Date(range.first).toLocaleDateString()} to ${new Date(range.last).toLocaleDateString()}`}.
      </li>
      <li>
        After the import: {preview.result.cards} cards, {preview.result.attempts} attempts, {preview.result.mocks} mocks (now{' '}
        {preview.current.cards}, {preview.current.attempts}, {preview.current.mocks}).
      </li>
    </ul>
  );
}

export function BackupSection() {
  const backups = useBackups();
  const lastExport = backups?.lastExport;
  const autos = backups?.autos;
  const [pending, setPending] = useState<{ backup: Backup; merge: ImportPreview; replace: ImportPreview } | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function exportJson() {
    const now = Date.now();
    const backup = buildBackup(await repo.backupData(), { now, appVersion: APP_VERSION });
    download(JSON.stringify(backup), backupFileName(now), 'application/json');
    await repo.recordExport(now);
    setMessage({ text: 'Backup exported.', error: false });
  }

  async function exportCsv() {
    const { attempts } = await repo.backupData();
    download(attemptsToCsv(attempts, new Map(questionIndex.map((q) => [q.id, q.title]))), backupFileName(Date.now(), 'csv'), 'text/csv');
  }

  async function read(file: File) {
    setPending(null);
    // The size is checked before the file is read into memory.
    if (file.size > MAX_BACKUP_BYTES) {
      setMessage({ text: `Not imported: the file is ${(file.size / 1048576).toFixed(0)} MB, above the 50 MB limit. Nothing was changed.`, error: true });
      return;
    }
    setMessage({ text: `Checking ${file.name}…`, error: false });
    const result = await parseBackupOffThread({ source: file, now: Date.now(), questionIds });
    if (!result.ok) {
      setMessage({ text: `Not imported: ${result.error}. Nothing was changed.`, error: true });
      return;
    }
    const current = await repo.backupData();
    setPending({ backup: result.backup, merge: planImport(current, result.backup.data, 'merge').preview, replace: planImport(current, result.backup.data, 'replace').preview });
    setMessage(null);
  }

  async function apply(incoming: Backup, mode: ImportMode, done: string) {
    const now = Date.now();
    try {
      await repo.importData(
        now,
        (current) => JSON.stringify(buildBackup(current, { now, appVersion: APP_VERSION })),
        (current) => planImport(current, incoming.data, mode).data,
      );
      setPending(null);
      setMessage({ text: done, error: false });
    } catch (e) {
      setMessage({ text: `Not imported: ${describeError(e)}. Nothing was changed.`, error: true });
    }
  }

  async function restore(text: string, at: number) {
    const result = await parseBackupOffThread({ source: text, now: Date.now(), questionIds });
    if (!result.ok) return setMessage({ text: `That automatic backup cannot be restored: ${result.error}`, error: true });
    await apply(result.backup, 'replace', `Restored the automatic backup of ${new Date(at).toLocaleString()}.`);
  }

  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup</h2>
      <p>
        Your history lives only in this browser. Last export:{' '}
        <strong>{lastExport ? new Date(lastExport).toLocaleString() : 'never'}</strong>.
      </p>
      <p className="row">
        <button type="button" className="primary" onClick={() => void exportJson()}>
          Export backup
        </button>
        <button type="button" onClick={() => void exportCsv()}>
          Export attempts as CSV
        </button>
      </p>
      <p>
        <label>
          Import backup
          <input type="file" accept=".json,application/json" onChange={(e) => e.target.files?.[0] && void read(e.target.files[0])} />
        </label>
      </p>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'panel error' : 'panel'}>
          {message.text}
        </p>
      )}
      {pending && (
        <div className="panel" role="group" aria-label="Import preview">
          <h3>Merge or replace?</h3>
          <p>
            The file is valid (made {new Date(pending.backup.exportedAt).toLocaleString()}). Your current data is saved as an
            automatic backup first.
          </p>
          <h4>Merge: keep everything here and add what is new</h4>
          <Preview preview={pending.merge} />
          <h4>Replace: make this browser hold exactly the file</h4>
          <Preview preview={pending.replace} />
          <p className="row">
            <button type="button" onClick={() => void apply(pending.backup, 'merge', 'Backup merged.')}>
              Merge
            </button>
            <button type="button" onClick={() => void apply(pending.backup, 'replace', 'Backup imported: your data was replaced.')}>
              Replace
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </p>
        </div>
      )}
      {autos && autos.length > 0 && (
        <>
          <h3>Automatic backups</h3>
          <ul>
            {autos.map((b) => (
              <li key={b.id}>
                {new Date(b.at).toLocaleString()}{' '}
                <button type="button" onClick={() => void restore(b.text ?? '', b.at)}>
                  Restore
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
