import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingSchema, type Finding } from '@xxgk/model';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../context.js';
import { buildExampleInput } from '../examples.js';
import type { ExpectedFinding } from '../types.js';
import { RULES } from './index.js';

function matches(actual: Finding, expected: ExpectedFinding): void {
  if (expected.severity) expect(actual.severity).toBe(expected.severity);
  if (expected.cells) expect([...actual.cells].sort()).toEqual([...expected.cells].sort());
  if (expected.line !== undefined) expect(actual.line).toBe(expected.line);
  for (const part of expected.message ?? []) expect(actual.message).toContain(part);
}

describe('every rule', () => {
  it('is listed in the package README', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    for (const rule of RULES) expect(readme).toContain(`\`${rule.id}\``);
  });

  it('lives in its own module, named after its id', () => {
    for (const rule of RULES) {
      const file = join(import.meta.dirname, `${rule.id.replaceAll('.', '-')}.ts`);
      expect(readFileSync(file, 'utf8')).toContain(`id: '${rule.id}'`);
    }
  });

  it('has a unique dotted id, a Chinese title and description, sources and examples', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(?:\.[a-z][a-z-]*)+$/u);
      expect(rule.title).toMatch(/[\u4e00-\u9fff]/u);
      expect(rule.description).toMatch(/[\u4e00-\u9fff]/u);
      expect(rule.see.length).toBeGreaterThan(0);
      expect(rule.examples.length).toBeGreaterThan(1);
      expect(rule.examples.some((e) => e.expect.length > 0)).toBe(true);
      expect(rule.examples.some((e) => e.expect.length === 0)).toBe(true);
    }
  });
});

for (const rule of RULES) {
  describe(`rule ${rule.id}`, () => {
    for (const example of rule.examples) {
      it(example.name, () => {
        const findings = rule.run(buildContext(buildExampleInput(example.input)));
        for (const f of findings) {
          expect(f.rule).toBe(rule.id);
          expect(findingSchema.safeParse(f).success).toBe(true);
          expect(f.message).toMatch(/[\u4e00-\u9fff]/u);
        }
        expect(findings.map((f) => f.message)).toHaveLength(example.expect.length);
        example.expect.forEach((e, i) => {
          const actual = findings[i];
          expect(actual).toBeDefined();
          if (actual) matches(actual, e);
        });
      });
    }
  });
}
