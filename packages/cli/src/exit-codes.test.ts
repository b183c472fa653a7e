import { ERROR_CODES } from '@xxgk/model';
import { describe, expect, it } from 'vitest';
import { EXIT, exitCodeFor, worstExit } from './exit-codes.js';

describe('exit codes', () => {
  it('map every unreadable-input error to 2', () => {
    for (const code of ERROR_CODES.filter((c) => c.startsWith('input.')))
      expect(exitCodeFor(code)).toBe(EXIT.unreadable);
  });

  it('never map a failure to 0 or to the findings code', () => {
    for (const code of ERROR_CODES) expect(exitCodeFor(code)).toBe(EXIT.unreadable);
  });

  it('let the most serious outcome of several files win', () => {
    expect(worstExit([])).toBe(0);
    expect(worstExit([EXIT.ok, EXIT.findings, EXIT.ok])).toBe(1);
    expect(worstExit([EXIT.findings, EXIT.unreadable, EXIT.ok])).toBe(2);
  });
});
