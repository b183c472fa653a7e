import { ApiError, csrfHeaders, errorFromBody, notifyUnauthorized, request } from './http.js';
import type { ImportItem } from './types.js';

/** Largest file the server accepts (api.md "Limits"); checked before uploading. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Upload progress: bytes sent and the total. */
export interface UploadProgress {
  loaded: number;
  total: number;
}

/**
 * Uploads one file in its own request (so each file shows its own progress bar) and answers
 * the items the server read from it (a zip gives several). XMLHttpRequest, because fetch does
 * not report upload progress.
 */
export function uploadImport(
  file: File,
  onProgress: (p: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<ImportItem[]> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/imports');
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    for (const [k, v] of Object.entries(csrfHeaders())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress({ loaded: e.loaded, total: e.total });
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText) as unknown;
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300 && body && typeof body === 'object') {
        resolve((body as { items: ImportItem[] }).items ?? []);
        return;
      }
      if (xhr.status === 401) notifyUnauthorized();
      reject(errorFromBody(xhr.status, body));
    };
    xhr.onerror = () =>
      reject(new ApiError(0, 'network', `上传「${file.name}」时连接中断，请检查网络后重试。`));
    xhr.onabort = () => reject(new ApiError(0, 'aborted', `已取消上传「${file.name}」。`));
    signal?.addEventListener('abort', () => xhr.abort());
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/** Saves an imported item as a report of the chosen agency and year. */
export function confirmImport(
  importId: string,
  agencyId: number,
  year: number,
): Promise<{ reportId: number }> {
  return request('POST', `/api/imports/${importId}/confirm`, { agencyId, year });
}

/** Discards an imported item. */
export function discardImport(importId: string): Promise<void> {
  return request('DELETE', `/api/imports/${importId}`);
}
