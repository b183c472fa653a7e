import { describe, expect, it } from 'vitest';
import { foldPdfText } from './fold-pdf-text.js';

describe('folding the text of a PDF run', () => {
  it('turns Kangxi radicals and radical supplements drawn as whole ideographs into the ideographs', () => {
    expect(foldPdfText('⼈⺠政府')).toBe('人民政府');
    expect(foldPdfText('⻄安市⻘岛市⻓沙市⻔户⽹站')).toBe('西安市青岛市长沙市门户网站');
    expect(foldPdfText('⻅⻋⻢⻥⻦⻬⻮⻰⻳⻩⻨⻤⻣⻚⻛⻜⻝⻉⻈⺟⺓⻙⻧⻪⻑⺜⺝⺩⺬')).toBe(
      '见车马鱼鸟齐齿龙龟黄麦鬼骨页风飞食贝讠母幺韦卤黾長日月王示',
    );
  });

  it('drops invisible characters and keeps full-width punctuation', () => {
    expect(foldPdfText('\u200b（一）主动公开，\u00ad全年\ufeff')).toBe('（一）主动公开，全年');
  });

  it('leaves radicals that stand for no whole character as they are', () => {
    // ⺅ (the 亻 side form) and ⺡ (氵) only ever appear as parts of characters.
    expect(foldPdfText('⺅⺡')).toBe('⺅⺡');
  });
});
