import { MAX_ATTACHMENTS } from '@umbrella/domain';
import { useCallback, useRef, useState } from 'react';
import type { CommunicationAttachment } from './types.ts';
import { UploadRefused, uploadAttachment } from './upload-attachment.ts';

export interface PendingUpload {
  /** Local key (a file has no id until it is stored). */
  key: number;
  name: string;
  size: number;
  /** Set once the server has stored it. */
  stored: CommunicationAttachment | null;
}

export interface RefusedUpload {
  name: string;
  message: string;
}

/**
 * The files chosen for a communication, each uploaded as soon as it is chosen. Those refused (too large, not
 * what their name says) are reported by name and never attached.
 */
export function useAttachmentUploads(personId: string) {
  const [files, setFiles] = useState<PendingUpload[]>([]);
  const [refused, setRefused] = useState<RefusedUpload[]>([]);
  const nextKey = useRef(0);
  const removed = useRef(new Set<number>());

  const add = useCallback(
    (chosen: readonly File[]) => {
      const room = MAX_ATTACHMENTS - files.length;
      const accepted = chosen.slice(0, Math.max(0, room));
      const tooMany = chosen.slice(accepted.length).map((file) => ({
        name: file.name,
        message: `At most ${MAX_ATTACHMENTS} files can be attached. It was not attached.`,
      }));
      setRefused(tooMany);
      const entries = accepted.map((file) => ({
        key: nextKey.current++,
        name: file.name,
        size: file.size,
        stored: null,
        file,
      }));
      setFiles((current) => [...current, ...entries.map(({ file: _file, ...entry }) => entry)]);
      for (const entry of entries) {
        uploadAttachment(personId, entry.file).then(
          (stored) => setFiles((current) => current.map((f) => (f.key === entry.key ? { ...f, stored } : f))),
          (error: unknown) => {
            setFiles((current) => current.filter((f) => f.key !== entry.key));
            if (removed.current.has(entry.key)) return;
            const message =
              error instanceof UploadRefused ? error.message : 'The file could not be attached.';
            setRefused((current) => [...current, { name: entry.name, message }]);
          },
        );
      }
    },
    [files.length, personId],
  );

  const remove = useCallback((key: number) => {
    removed.current.add(key);
    setFiles((current) => current.filter((f) => f.key !== key));
  }, []);

  return {
    files,
    refused,
    add,
    remove,
    uploading: files.some((f) => f.stored === null),
    storedIds: files.flatMap((f) => (f.stored ? [f.stored.id] : [])),
  };
}
