import { describe, expect, it } from 'vitest';
import { buildTextView } from './text-view.js';
import { wrappedBlocks } from './wrapped-lines.js';

describe('narrative lines a page width cut', () => {
  it('are joined when each is full and ends without a mark that ends a statement', () => {
    const view = buildTextView(
      '一、总体情况\n2024年，我局共收到政府信息公开申\n请12件，均在法定期限内予以答复。\n（二）依申请公开\n全年共办结政府信息公开申请12件。',
    );
    const blocks = wrappedBlocks(view);
    expect(blocks.map((b) => b.p.raw)).toEqual([
      '2024年，我局共收到政府信息公开申请12件，均在法定期限内予以答复。',
    ]);
    expect(blocks[0]?.joins).toEqual([18]);
    expect(blocks[0]?.p.line).toBe(2);
  });

  it('are not joined after a heading, a short line or a full stop, nor before a longer line', () => {
    const view = buildTextView(
      '一、总体情况\n（二）依申请公开情况\n2024年，我局共收到政府信息公开申请12件。\n办结12件。\n淄博市工业和信息化局\n2024年，我局认真落实政府信息公开条例的各项要求并持续改进工作方法',
    );
    expect(wrappedBlocks(view)).toEqual([]);
  });
});
