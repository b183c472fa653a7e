import { describe, expect, it } from 'vitest';
import { BlockList } from './content-tree.js';
import { normalizeInline } from './text-normalize.js';

describe('BlockList', () => {
  it('makes a line of its pieces exactly as normalizeInline makes one of their joined text', () => {
    const pieces = [
      ...['\n', '  ', '\r\n\t', '', '\u00a0', '\u3000', '\ufeff', '\u200b', '\u200c', '\u00ad'],
      ...['规章', '0', '12', 'Excel', ' 数量 ', '\n合计\n', 'a\u200cb'],
    ];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let i = 0; i < 5000; i++) {
      const line: string[] = [];
      for (let k = 1 + next(5); k > 0; k--) line.push(pieces[next(pieces.length)] ?? '');
      const list = new BlockList();
      for (const piece of line) list.text(piece);
      list.breakLine();
      const expected = normalizeInline(line.join(''));
      expect(list.items, JSON.stringify(line)).toEqual(expected === '' ? [] : [expected]);
    }
  });
});
