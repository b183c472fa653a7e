import { describe, expect, it } from 'vitest';
import { buildTextView } from './text-view.js';
import { memoKey, memoOf } from './view-memo.js';

describe('memoOf', () => {
  it('makes a fact once per view and shares it with every later reader of that view', () => {
    const key = memoKey<{ n: number }>('test');
    const view = buildTextView('一、总体情况\n本年度收到申请3件。');
    let made = 0;
    const make = () => ({ n: ++made });
    const first = memoOf(view, key, make);
    expect(memoOf(view, key, make)).toBe(first);
    expect(made).toBe(1);
  });

  it('keeps each view’s facts apart, and each key’s, even for a fact that is undefined', () => {
    const a = memoKey<number | undefined>('a');
    const b = memoKey<number | undefined>('b');
    const one = buildTextView('一、总体情况');
    const two = buildTextView('一、总体情况');
    let made = 0;
    expect(memoOf(one, a, () => (made++, undefined))).toBeUndefined();
    expect(memoOf(one, a, () => (made++, 1))).toBeUndefined();
    expect(memoOf(two, a, () => (made++, 2))).toBe(2);
    expect(memoOf(one, b, () => (made++, 3))).toBe(3);
    expect(made).toBe(3);
  });
});
