import { describe, expect, it } from 'vitest';
import { makeApp } from './app-builder.test-data.js';
import { dueLists } from './due-list.js';

describe('dueLists', () => {
  // Received 2025-09-26 → due 2025-10-30 (domain.md §6.5); 2025-09-19 → due 2025-10-23.
  const apps = [
    makeApp('soon', '2025-09-26'),
    makeApp('late', '2025-09-19'),
    makeApp('done', '2025-09-19', [{ type: 'replied', date: '2025-10-20', outcome: 'granted' }]),
    makeApp('later', '2025-10-20'),
    makeApp('future', '2025-11-20'),
  ];

  it('lists overdue cases and those due within five working days, leaving out concluded ones', () => {
    const lists = dueLists(apps, '2025-10-27');
    expect(lists.overdue.map((e) => e.id)).toEqual(['late']);
    expect(lists.overdue[0]?.state.due?.label).toBe('已超期2个工作日');
    expect(lists.dueSoon.map((e) => e.id)).toEqual(['soon']);
    expect(lists.dueSoon[0]?.state.due?.label).toBe('剩余3个工作日');
  });
});
