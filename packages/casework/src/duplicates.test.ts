import { describe, expect, it } from 'vitest';
import { makeApp } from './app-builder.test-data.js';
import { findDuplicates, normalizeContent } from './duplicates.js';

const ID = '110101199001011234';

describe('normalizeContent', () => {
  it('ignores whitespace, punctuation and Traditional characters', () => {
    expect(normalizeContent('某項目 的「環評」批復。')).toBe(normalizeContent('某项目的环评批复'));
  });
});

describe('findDuplicates', () => {
  it('marks a second application while the first is open as a duplicate', () => {
    const apps = [
      makeApp('a', '2025-03-03', [], { idNumber: ID, content: '某项目的环评批复' }),
      makeApp('b', '2025-03-10', [], { idNumber: ID, content: '某项目的 环评批复。' }),
    ];
    expect(findDuplicates(apps)).toEqual([{ id: 'b', earlierId: 'a', kind: 'duplicate' }]);
  });

  it('marks an application for content already answered as a repeat', () => {
    const apps = [
      makeApp('b', '2025-05-10', [], { idNumber: ID }),
      makeApp('a', '2025-03-03', [{ type: 'replied', date: '2025-03-20', outcome: 'granted' }], {
        idNumber: ID,
      }),
    ];
    expect(findDuplicates(apps)).toEqual([{ id: 'b', earlierId: 'a', kind: 'repeat' }]);
  });

  it('does not match different applicants or different content', () => {
    const apps = [
      makeApp('a', '2025-03-03', [], { idNumber: ID }),
      makeApp('b', '2025-03-04', [], { idNumber: '110101199001019999' }),
      makeApp('c', '2025-03-05', [], { idNumber: ID, content: '另一项目的规划许可' }),
    ];
    expect(findDuplicates(apps)).toEqual([]);
  });

  it('falls back to the applicant name when no identity document was given', () => {
    const apps = [
      makeApp('a', '2025-03-03', [], { name: '某公司' }),
      makeApp('b', '2025-03-04', [], { name: '某 公司' }),
    ];
    expect(findDuplicates(apps)).toHaveLength(1);
  });
});
