/** Where a command writes: the process's streams in the bin, buffers in tests. */
export interface CliIo {
  /** Standard output: results (text, JSON, rendered documents). */
  stdout(chunk: string | Uint8Array): void;
  /** Standard error: problems and progress notes. */
  stderr(text: string): void;
  /** True when standard output is a terminal (binary output is then refused). */
  stdoutIsTTY?: boolean;
}

/** An {@link CliIo} that collects what a command writes, for tests and embedding. */
export function bufferIo(): CliIo & { out: () => string; err: () => string; bytes: () => Buffer } {
  const out: Buffer[] = [];
  const err: string[] = [];
  return {
    stdout: (chunk) =>
      out.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk)),
    stderr: (text) => err.push(text),
    out: () => Buffer.concat(out).toString('utf8'),
    err: () => err.join(''),
    bytes: () => Buffer.concat(out),
  };
}
