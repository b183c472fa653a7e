const DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/**
 * The spoken Chinese form of a count: 一 … 十, 十一, 二十, 一百零一, 一千. Reports number their
 * sections and items this way (一、总体情况, （三）不予公开).
 */
export function chineseCount(n: number, digits = DIGITS, units = ['', '十', '百', '千']): string {
  if (n <= 0 || n >= 10000 || !Number.isInteger(n)) return String(n);
  const parts = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  parts.forEach((d, i) => {
    const unit = units[parts.length - 1 - i] ?? '';
    if (d === 0) {
      zero = true;
      return;
    }
    if (zero && out !== '') out += digits[0] === '〇' ? '零' : digits[0];
    zero = false;
    // 十一 rather than 一十一 when the count starts with the tens.
    const digit = d === 1 && unit === units[1] && i === 0 && digits === DIGITS ? '' : digits[d];
    out += `${digit ?? ''}${unit}`;
  });
  return out;
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, text] of table) {
    while (rest >= value) {
      out += text;
      rest -= value;
    }
  }
  return out;
}

/** Word repeats the letter past Z: 27 → AA, 28 → BB. */
function letter(n: number): string {
  if (n <= 0) return String(n);
  const ch = String.fromCharCode(65 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

function cycle(n: number, chars: string): string {
  return chars[(n - 1) % chars.length] ?? String(n);
}

/**
 * A list counter as Word prints it for a `w:numFmt` value. Unknown formats fall back to
 * decimal digits, which is what Word does for formats it cannot draw.
 */
export function formatCounter(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/gu, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? cycle(n, CIRCLED) : String(n);
    case 'decimalEnclosedParen':
      return `(${n})`;
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letter(n);
    case 'lowerLetter':
      return letter(n).toLowerCase();
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return chineseCount(n);
    case 'chineseLegalSimplified':
      return chineseCount(n, LEGAL_DIGITS, ['', '拾', '佰', '仟']);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return String(n)
        .split('')
        .map((d) => DIGITS[Number(d)] ?? d)
        .join('');
    case 'ideographTraditional':
      return cycle(n, STEMS);
    case 'ideographZodiac':
      return cycle(n, BRANCHES);
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}
