import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_DIR } from '@xxgk/server';

/**
 * The five real seed reports (plain text), read from the project's own copies in
 * packages/server/demo/ (their origin is in its README), so the suite runs on a bare clone.
 */
export const SEED_FILES = [
  '000_7d23b93096d7af9d.txt',
  '001_d68fabd84de01588.txt',
  '002_02a5c0cdafefb5b5.txt',
  '003_a7c7c325a06f5573.txt',
  '004_bd99d2d058b13537.txt',
].map((f) => join(DEMO_DIR, f));

/** 淮安市人民政府 2024 as published (PDF), the fixture the PDF reader is tested on. */
export const HUAIAN_PDF = join(DEMO_DIR, 'huaian-2024.pdf');

/** The agencies the seeds and the PDF come from, with where the test puts them. */
export const SEED_AGENCIES = [
  { name: '淄博高新技术产业开发区工业信息化和商务局', city: '淄博市' },
  { name: '淄博高新技术产业开发区发展改革局', city: '淄博市' },
  { name: '淄博市工业和信息化局', city: '淄博市' },
  { name: '枣庄市市中区工业和信息化局', city: '枣庄市' },
  { name: '绍兴市上虞区经济和信息化局', city: '绍兴市' },
  { name: '淮安市人民政府', city: '淮安市' },
] as const;

/** The agency whose clerk corrects a report in the test. */
export const CLERK_AGENCY = '绍兴市上虞区经济和信息化局';

/**
 * The next year's report of 上虞区经信局 as a clerk might draft it from last year's: seed 003
 * with 2024 moved to 2025 and one typing slip — （七）总计 of 自然人 is 3 where the results
 * add up to 2. That slip is the cell error the test follows and corrects.
 */
export function writeSlipReport(dir: string): string {
  const text = readFileSync(SEED_FILES[3] ?? '', 'utf8').replaceAll('2024', '2025');
  const slipped = text.replace('(七)总计\n\n2\n', '(七)总计\n\n3\n');
  if (slipped === text) throw new Error('种子 003 的（七）总计一行与预期不符，无法制作测试文件');
  const path = join(dir, '上虞区经信局2025年政府信息公开工作年度报告（初稿）.txt');
  writeFileSync(path, slipped);
  return path;
}

/** A file that claims to be a PDF but is not one: it must be reported as unreadable, with why. */
export function writeBrokenPdf(dir: string): string {
  const path = join(dir, '损坏的年报.pdf');
  writeFileSync(path, '%PDF-1.7\n这不是一个完整的 PDF 文件\n');
  return path;
}
