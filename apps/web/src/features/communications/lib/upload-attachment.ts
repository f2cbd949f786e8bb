import type { CommunicationAttachment } from './types.ts';

/** A file the server refused, with its reason in words ("The file is larger than 10 MB."). */
export class UploadRefused extends Error {}

function refusalMessage(body: unknown, status: number): string {
  const error = (body as { error?: { message?: unknown; fieldErrors?: { file?: unknown } } } | null)?.error;
  const fileMessages = error?.fieldErrors?.file;
  if (Array.isArray(fileMessages) && typeof fileMessages[0] === 'string') return fileMessages[0];
  if (typeof error?.message === 'string' && error.message) return error.message;
  if (status === 401) return 'Your session has ended. Sign in again, then attach the file.';
  if (status === 403) return 'You cannot attach files to this client’s record.';
  if (status === 413) return 'The file is too large to attach.';
  return 'The file could not be attached. Please try again.';
}

/**
 * Uploads one file for a client (POST /files): its bytes in the body, the client and the file name in headers,
 * never in the address. The server keeps it staged until a communication is logged with its id.
 */
export async function uploadAttachment(personId: string, file: File): Promise<CommunicationAttachment> {
  let response: Response;
  try {
    response = await fetch('/files', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/octet-stream',
        'X-Umbrella-Person': personId,
        'X-Umbrella-Filename': encodeURIComponent(file.name),
      },
      body: file,
    });
  } catch {
    throw new UploadRefused('Umbrella could not be reached. Check your connection and try again.');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new UploadRefused(refusalMessage(body, response.status));
  return body as CommunicationAttachment;
}
