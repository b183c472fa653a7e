import { describe, expect, it } from 'vitest';
import { READERS } from './readers.js';

const ascii = (s: string) => new TextEncoder().encode(s);
const sniffed = (bytes: Uint8Array) => READERS.find((r) => r.sniff(bytes))?.kind;

describe('READERS', () => {
  it('recognises a PDF whose signature follows junk and other percent signs', () => {
    const bytes = ascii(`${'x'.repeat(300)}100% %P %PDF-1.7\n%âãÏÓ\n1 0 obj\n`);
    expect(sniffed(bytes)).toBe('pdf');
  });

  it('leaves to the text reader a document whose first percent sign is past the PDF window', () => {
    expect(sniffed(ascii(`${'报告'.repeat(200)}占比 50%。%PDF-1.7`))).toBe('text');
    expect(sniffed(ascii('没有百分号的纯文本报告'))).toBe('text');
  });

  it('still recognises a signature that starts at the last offset the PDF reader looks at', () => {
    expect(sniffed(ascii(`${'x'.repeat(1024)}%PDF-1.4\n`))).toBe('pdf');
    expect(sniffed(ascii(`${'x'.repeat(1025)}%PDF-1.4\n`))).toBe('text');
  });
});
