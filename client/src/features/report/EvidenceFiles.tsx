import { useId, useState, type ChangeEvent } from 'react';
import { useI18n } from '../../app/i18n';
import { acceptedFiles, fileProblem, formatBytes, maxFileMiB, maxFiles, UploadRefused, uploadFile, type UploadedFile } from './uploads';
import './EvidenceFiles.css';

/**
 * The citizen's evidence files (contract: `POST /uploads`), for the form and the tracking page:
 * each chosen file is sent at once, and listed with its name, size and the SHA-256 of what the
 * server stored, so the citizen can tell later that it is the same file. At most 5, each at most
 * 20 MiB, checked here before anything is sent; the server's refusal is shown as it says it.
 */
export function EvidenceFiles({ files, onChange }: { files: UploadedFile[]; onChange: (next: UploadedFile[]) => void }) {
  const { t, lang } = useI18n();
  const e = t.evidenceFiles;
  const inputId = useId();
  const [uploading, setUploading] = useState<string>();
  const [problems, setProblems] = useState<string[]>([]);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const chosen = Array.from(input.files ?? []);
    input.value = '';
    const found: string[] = [];
    let held = [...files];
    for (const file of chosen) {
      const problem = fileProblem(file, held.length);
      if (problem === 'tooMany') {
        found.push(e.tooMany(maxFiles));
        break;
      }
      if (problem === 'tooLarge') {
        found.push(e.tooLarge(file.name, maxFileMiB));
        continue;
      }
      setUploading(file.name);
      try {
        held = [...held, await uploadFile(file, lang)];
        onChange(held);
      } catch (error) {
        const said = error instanceof UploadRefused ? error.message : '';
        found.push(said ? `${e.failed(file.name)}: ${said}` : e.failed(file.name));
      }
    }
    setUploading(undefined);
    setProblems(found);
  }

  return (
    <div className="evidence-files">
      <label htmlFor={inputId} className="evidence-files__label">
        {e.title}
      </label>
      <p className="field__hint">{e.hint(maxFiles, maxFileMiB)}</p>
      {files.length > 0 && (
        <ul className="evidence-files__list" data-testid="evidence-files">
          {files.map((file) => (
            <li key={file.id} className="evidence-files__item">
              <span className="evidence-files__name">{file.fileName}</span>
              <span className="muted">
                {e.size}: {formatBytes(file.bytes, lang)}
              </span>
              <span className="evidence-files__hash">
                <span className="muted">{e.sha256}: </span>
                <code>{file.sha256}</code>
              </span>
              {/* Not while others upload: the upload in progress adds to the list as it was. */}
              <button
                type="button"
                className="button button--small"
                disabled={uploading !== undefined}
                onClick={() => onChange(files.filter((kept) => kept.id !== file.id))}
              >
                {e.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={inputId}
        className="evidence-files__input"
        type="file"
        multiple
        accept={acceptedFiles}
        disabled={!!uploading || files.length >= maxFiles}
        onChange={(event) => void choose(event)}
      />
      {uploading && (
        <p className="muted" role="status">
          {e.uploading(uploading)}
        </p>
      )}
      {problems.map((problem) => (
        <p key={problem} className="field__error" role="alert">
          {problem}
        </p>
      ))}
    </div>
  );
}
