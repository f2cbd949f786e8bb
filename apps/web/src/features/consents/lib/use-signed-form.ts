import { useCallback, useRef, useState } from 'react';
import { UploadRefused, uploadAttachment } from '../../communications/lib/upload-attachment.ts';

export interface SignedFormState {
  /** The file chosen, while it uploads and once stored. */
  file: { name: string; size: number; id: string | null } | null;
  /** Why the server refused the last file chosen. */
  refused: string | null;
}

/**
 * The signed consent form: one file, uploaded (staged for this client, POST /files) as soon as it is chosen;
 * recording the consent then names it. Choosing another replaces it.
 */
export function useSignedForm(personId: string) {
  const [state, setState] = useState<SignedFormState>({ file: null, refused: null });
  // The latest choice: an earlier upload finishing late does not replace it.
  const current = useRef(0);

  const choose = useCallback(
    (file: File | undefined) => {
      const turn = ++current.current;
      if (!file) {
        setState({ file: null, refused: null });
        return;
      }
      setState({ file: { name: file.name, size: file.size, id: null }, refused: null });
      uploadAttachment(personId, file).then(
        (stored) => {
          if (turn !== current.current) return;
          setState({ file: { name: file.name, size: file.size, id: stored.id }, refused: null });
        },
        (error: unknown) => {
          if (turn !== current.current) return;
          const message = error instanceof UploadRefused ? error.message : 'The file could not be attached.';
          setState({ file: null, refused: `“${file.name}”: ${message}` });
        },
      );
    },
    [personId],
  );

  const remove = useCallback(() => {
    current.current++;
    setState({ file: null, refused: null });
  }, []);

  return {
    ...state,
    choose,
    remove,
    uploading: state.file !== null && state.file.id === null,
    storedId: state.file?.id ?? null,
  };
}
