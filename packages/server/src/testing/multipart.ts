import { randomBytes } from 'node:crypto';

/** A multipart/form-data body with one file, as a browser sends it. */
export function multipartFile(
  fileName: string,
  bytes: Uint8Array,
  field = 'file',
  mediaType = 'application/octet-stream',
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----xxgk${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: ${mediaType}\r\n\r\n`,
    'utf8',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
  return {
    payload: Buffer.concat([head, Buffer.from(bytes), tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Overwrites a little-endian 32-bit field of every ZIP header of one signature. */
function patchZip(zip: Uint8Array, signature: number, offset: number, value: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  for (let at = 0; at + 4 <= out.length; at += 1)
    if (view.getUint32(at, true) === signature) view.setUint32(at + offset, value, true);
  return out;
}

/** A zip whose directory claims a smaller uncompressed size than its data has: a lying bomb. */
export function withDeclaredSize(zip: Uint8Array, size: number): Uint8Array {
  return patchZip(patchZip(zip, 0x02014b50, 24, size), 0x04034b50, 22, size);
}

/** A zip whose entries are all marked encrypted. */
export function markedEncrypted(zip: Uint8Array): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  for (let at = 0; at + 4 <= out.length; at += 1) {
    const sig = view.getUint32(at, true);
    if (sig === 0x02014b50) view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true);
    if (sig === 0x04034b50) view.setUint16(at + 6, view.getUint16(at + 6, true) | 1, true);
  }
  return out;
}
