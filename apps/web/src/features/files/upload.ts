/** The outcome of an upload: the API's JSON answer, or its error code. */
export type UploadResult =
  { ok: true; body: unknown } | { ok: false; code: string; details: Record<string, unknown> };

/**
 * POSTs one file as multipart/form-data with the CSRF header the API requires, reporting
 * progress (0–1). XMLHttpRequest, because fetch cannot report upload progress.
 */
export function uploadFile(
  url: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<UploadResult> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('X-Requested-With', 'oip');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // not JSON: treated as a server error below
      }
      if (request.status >= 200 && request.status < 300) resolve({ ok: true, body });
      else {
        // the refusal's details (e.g. `max`) fill the translated message's placeholders
        const details = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
        resolve({ ok: false, code: String(details.code ?? 'INTERNAL_SERVER_ERROR'), details });
      }
    };
    request.onerror = () => resolve({ ok: false, code: 'NETWORK_ERROR', details: {} });
    const form = new FormData();
    form.append('file', file);
    request.send(form);
  });
}

/** Deletes a stored file (DELETE /api/files/:id) with the CSRF header; the error code if refused. */
export async function deleteFile(url: string): Promise<string | null> {
  const response = await fetch(url, {
    method: 'DELETE',
    headers: { 'x-requested-with': 'oip' },
  }).catch(() => null);
  if (!response) return 'NETWORK_ERROR';
  if (response.ok) return null;
  const body = (await response.json().catch(() => null)) as { code?: string } | null;
  return body?.code ?? 'INTERNAL_SERVER_ERROR';
}
