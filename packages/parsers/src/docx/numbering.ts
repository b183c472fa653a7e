import { Parser } from 'htmlparser2';
import { formatCounter } from './number-format.js';
import type { StyleSheet } from './styles.js';

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  suff: string;
  isLgl: boolean;
  /** `w:lvlRestart` 0: this level never restarts. */
  noRestart: boolean;
  pStyle?: string;
}

interface AbstractNum {
  levels: Map<number, Level>;
  numStyleLink?: string;
}

interface NumInstance {
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, Level>;
}

/** A paragraph's list membership: direct `w:numPr` values and its style id. */
export interface ParagraphNumbering {
  numId?: string;
  ilvl?: number;
  styleId?: string;
}

/**
 * List numbering of one document: reads `word/numbering.xml` and hands out the printed label of
 * each numbered paragraph in document order, as Word counts them (counters per list definition,
 * deeper levels restarting, `w:startOverride` starting a new instance).
 */
export class Numbering {
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();

  private constructor(
    private readonly abstracts: Map<string, AbstractNum>,
    private readonly nums: Map<string, NumInstance>,
    private readonly styles: StyleSheet,
  ) {}

  /** Parses `word/numbering.xml` (absent: no list numbering at all). */
  static parse(xml: string | undefined, styles: StyleSheet): Numbering {
    const abstracts = new Map<string, AbstractNum>();
    const nums = new Map<string, NumInstance>();
    if (xml) readNumbering(xml, abstracts, nums);
    return new Numbering(abstracts, nums, styles);
  }

  /** True when the document defines any list at all (skips the work for most reports). */
  get empty(): boolean {
    return this.nums.size === 0;
  }

  /**
   * The label a numbered paragraph prints before its text (e.g. `一、`, `（三）`, `1.`), or ''
   * for an unnumbered paragraph, a bullet or a format without text. Advances the counters.
   */
  next(p: ParagraphNumbering): string {
    if (this.empty) return '';
    const fromStyle =
      p.numId === undefined || p.ilvl === undefined ? this.styles.numbering(p.styleId) : {};
    const numId = p.numId ?? fromStyle.numId;
    if (numId === undefined || numId === '0') return '';
    const num = this.nums.get(numId);
    if (!num) return '';
    const abstractId = this.resolveAbstract(num.abstractId);
    const abstract = this.abstracts.get(abstractId);
    if (!abstract) return '';
    const ilvl = p.ilvl ?? fromStyle.ilvl ?? levelOfStyle(abstract, p.styleId) ?? 0;
    const levelOf = (i: number): Level | undefined =>
      num.levelOverrides.get(i) ?? abstract.levels.get(i);
    const level = levelOf(ilvl);
    if (!level) return '';

    let counters = this.counters.get(abstractId);
    if (!counters || (!this.started.has(numId) && num.startOverrides.size > 0)) {
      counters = [];
      this.counters.set(abstractId, counters);
    }
    this.started.add(numId);
    const startOf = (i: number): number => num.startOverrides.get(i) ?? levelOf(i)?.start ?? 1;
    const current = counters[ilvl];
    counters[ilvl] = current === undefined ? startOf(ilvl) : current + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper += 1) {
      if (!levelOf(deeper)?.noRestart) counters[deeper] = undefined;
    }

    if (level.numFmt === 'bullet' || level.numFmt === 'none') return '';
    const label = level.lvlText.replace(/%([1-9])/gu, (_, d: string) => {
      const i = Number(d) - 1;
      const value = counters[i] ?? startOf(i);
      // Legal numbering prints every parent level in decimals (1.1 rather than 一.1).
      const fmt = level.isLgl && i < ilvl ? 'decimal' : (levelOf(i)?.numFmt ?? 'decimal');
      return formatCounter(value, fmt);
    });
    if (label === '') return '';
    return label + suffix(level.suff, label);
  }

  private resolveAbstract(abstractId: string): string {
    const link = this.abstracts.get(abstractId)?.numStyleLink;
    if (link === undefined) return abstractId;
    const linkedNum = this.styles.linkedNumId(link);
    const target = linkedNum === undefined ? undefined : this.nums.get(linkedNum)?.abstractId;
    return target ?? abstractId;
  }
}

function levelOfStyle(abstract: AbstractNum, styleId: string | undefined): number | undefined {
  if (styleId === undefined) return undefined;
  for (const [i, level] of abstract.levels) if (level.pStyle === styleId) return i;
  return undefined;
}

/**
 * Word separates the label from the text with a tab by default. As text, a label that ends in
 * its own punctuation (一、, （三）, 1.) needs nothing more; a bare counter gets a space.
 */
function suffix(suff: string, label: string): string {
  if (suff === 'nothing') return '';
  if (suff === 'space') return ' ';
  return /[、.．)）:：]$/u.test(label) ? '' : ' ';
}

function readNumbering(
  xml: string,
  abstracts: Map<string, AbstractNum>,
  nums: Map<string, NumInstance>,
): void {
  let abstract: AbstractNum | undefined;
  let num: NumInstance | undefined;
  let level: Level | undefined;
  let overrideLevel: number | undefined;
  const newLevel = (): Level => ({
    start: 1,
    numFmt: 'decimal',
    lvlText: '',
    suff: 'tab',
    isLgl: false,
    noRestart: false,
  });
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const val = attrs['w:val'];
        switch (name) {
          case 'w:abstractNum':
            abstract = { levels: new Map() };
            abstracts.set(attrs['w:abstractNumId'] ?? '', abstract);
            break;
          case 'w:num':
            num = { abstractId: '', startOverrides: new Map(), levelOverrides: new Map() };
            nums.set(attrs['w:numId'] ?? '', num);
            break;
          case 'w:abstractNumId':
            if (num) num.abstractId = val ?? '';
            break;
          case 'w:numStyleLink':
            if (abstract && val !== undefined) abstract.numStyleLink = val;
            break;
          case 'w:lvlOverride':
            overrideLevel = Number(attrs['w:ilvl'] ?? 0);
            break;
          case 'w:startOverride':
            if (num && overrideLevel !== undefined)
              num.startOverrides.set(overrideLevel, Number(val ?? 1));
            break;
          case 'w:lvl': {
            level = newLevel();
            const ilvl = Number(attrs['w:ilvl'] ?? 0);
            if (num && overrideLevel !== undefined) num.levelOverrides.set(ilvl, level);
            else abstract?.levels.set(ilvl, level);
            break;
          }
          case 'w:start':
            if (level) level.start = Number(val ?? 1);
            break;
          case 'w:numFmt':
            if (level) level.numFmt = val ?? 'decimal';
            break;
          case 'w:lvlText':
            if (level) level.lvlText = val ?? '';
            break;
          case 'w:suff':
            if (level) level.suff = val ?? 'tab';
            break;
          case 'w:isLgl':
            if (level) level.isLgl = val === undefined || !['0', 'false', 'off'].includes(val);
            break;
          case 'w:lvlRestart':
            if (level) level.noRestart = val === '0';
            break;
          case 'w:pStyle':
            if (level && val !== undefined) level.pStyle = val;
            break;
        }
      },
      onclosetag(name) {
        if (name === 'w:lvl') level = undefined;
        else if (name === 'w:lvlOverride') overrideLevel = undefined;
        else if (name === 'w:abstractNum') abstract = undefined;
        else if (name === 'w:num') num = undefined;
      },
    },
    { xmlMode: true },
  );
  parser.write(xml);
  parser.end();
}
