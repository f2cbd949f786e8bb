import { ATTACHMENT_ACCEPT, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from '@umbrella/domain';
import { useId, useRef } from 'react';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/field.tsx';
import { formatFileSize } from '../lib/format.ts';
import type { useAttachmentUploads } from '../lib/use-attachment-uploads.ts';

const HINT = `PDF, Word or OpenDocument, images (JPEG, PNG, WebP, HEIC) or plain text, up to ${
  MAX_ATTACHMENT_BYTES / 1024 / 1024
} MB each and ${MAX_ATTACHMENTS} in all. Each file is uploaded as soon as you choose it.`;

/**
 * Files for a communication: each is uploaded when chosen and listed with its size; one the server refuses
 * (too large, or not what its name says) is named beside the input with the reason, and is not attached.
 */
export function AttachmentInput({
  uploads,
  error,
}: {
  uploads: ReturnType<typeof useAttachmentUploads>;
  /** The server's complaint about the attachments as a whole (e.g. too many). */
  error?: string | undefined;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const refusals = uploads.refused.map((r) => `“${r.name}”: ${r.message}`);
  const waiting = uploads.files.filter((f) => !f.stored).length;
  return (
    <div className="attachments">
      <TextField
        ref={inputRef}
        label="Attach files (optional)"
        type="file"
        multiple
        accept={ATTACHMENT_ACCEPT}
        hint={HINT}
        error={[...refusals, error].filter(Boolean).join(' ') || undefined}
        onChange={(event) => {
          uploads.add(Array.from(event.target.files ?? []));
          // Emptied, so the same file can be chosen again after a refusal or a removal.
          event.target.value = '';
        }}
      />
      <p role="status" className="attachments__status">
        {waiting > 0 ? `Uploading ${waiting === 1 ? '1 file' : `${waiting} files`}…` : ''}
      </p>
      {uploads.files.length > 0 ? (
        <ul id={listId} className="attachments__list" aria-label="Files to attach">
          {uploads.files.map((file) => (
            <li key={file.key} className="attachments__item">
              <span className="attachments__name">{file.name}</span>{' '}
              <span className="muted">
                ({formatFileSize(file.size)}){file.stored ? '' : ' — uploading…'}
              </span>{' '}
              <Button
                variant="link"
                className="button--small"
                onClick={() => {
                  uploads.remove(file.key);
                  inputRef.current?.focus();
                }}
              >
                Remove<span className="visually-hidden"> {file.name}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
