import { formatFileSize } from '../lib/format.ts';
import type { CommunicationAttachment } from '../lib/types.ts';

/** A communication's files, each a download (never opened in the page). */
export function AttachmentLinks({ attachments }: { attachments: readonly CommunicationAttachment[] }) {
  if (attachments.length === 0) return <p className="muted">No files attached.</p>;
  return (
    <ul className="attachments__list" aria-label="Attached files">
      {attachments.map((file) => (
        <li key={file.id} className="attachments__item">
          <a href={`/files/${file.id}`} download={file.filename}>
            {file.filename}
          </a>{' '}
          <span className="muted">({formatFileSize(file.size)})</span>
        </li>
      ))}
    </ul>
  );
}
