import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WorkspaceRepositories, type Repositories } from '@xxgk/db';
import { check } from '@xxgk/checks';
import { parseDocument } from '@xxgk/parsers';
import { XxgkError, type Finding, type ParsedDocument } from '@xxgk/model';
import { hashPassword } from '../auth/passwords.js';
import { MEDIA_TYPES, saveImported } from '../services/import.js';
import { loadDemoCasework } from './demo-casework.js';
import {
  DEMO_ACCOUNTS,
  DEMO_AGENCIES,
  DEMO_REGIONS,
  DEMO_REPORTS,
  type DemoReport,
} from './demo-data.js';

/** packages/server/demo/: the sample reports (see its README for their origin). */
export const DEMO_DIR = fileURLToPath(new URL('../../demo/', import.meta.url));

/** What loading the demo created. */
export interface DemoSummary {
  regions: number;
  agencies: number;
  accounts: number;
  reports: number;
}

interface ReadSample {
  sample: DemoReport;
  parsed: ParsedDocument;
  findings: Finding[];
  bytes: Uint8Array;
}

async function readSample(sample: DemoReport, dir: string): Promise<ReadSample> {
  const bytes = new Uint8Array(readFileSync(join(dir, sample.file)));
  const parsed = await parseDocument(bytes, { fileName: sample.file });
  if (parsed.report.year === null)
    throw new XxgkError('internal', `演示文件 ${sample.file} 中没有读到年度，无法载入。`);
  const findings = check({ report: parsed.report, text: parsed.text, outline: parsed.outline });
  return { sample, parsed, findings, bytes };
}

/**
 * Loads the demo into an empty database: the region tree, the agencies of the sample reports,
 * one account per role, and the six real sample reports (imported, with their original files)
 * left in every review state. Everything is written in one transaction, so a failed load
 * leaves nothing half-made; the caller loads it only into a database without accounts.
 */
export async function loadDemo(repos: Repositories, dir: string = DEMO_DIR): Promise<DemoSummary> {
  const samples: ReadSample[] = [];
  for (const sample of DEMO_REPORTS) samples.push(await readSample(sample, dir));
  const hashes = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS)
    hashes.set(account.username, await hashPassword(account.password));

  return repos.transaction(async (tx) => {
    const regionIds = new Map<string, number>();
    for (const r of DEMO_REGIONS) {
      const region = await tx.regions.create({
        code: r.code,
        name: r.name,
        level: r.level,
        parentId: r.parent ? (regionIds.get(r.parent) ?? null) : null,
      });
      regionIds.set(r.code, region.id);
    }
    const agencyIds = new Map<string, number>();
    for (const a of DEMO_AGENCIES) {
      const agency = await tx.agencies.create({
        name: a.name,
        kind: a.kind,
        regionId: regionIds.get(a.region)!,
        parentAgencyId: a.parent ? (agencyIds.get(a.parent) ?? null) : null,
      });
      agencyIds.set(a.name, agency.id);
    }
    const userIds = new Map<string, number>();
    for (const account of DEMO_ACCOUNTS) {
      const user = await tx.users.create({
        username: account.username,
        displayName: account.displayName,
        role: account.role,
        passwordHash: hashes.get(account.username)!,
        agencyId: account.agency ? agencyIds.get(account.agency)! : null,
        regionId: account.region ? regionIds.get(account.region)! : null,
      });
      userIds.set(account.username, user.id);
    }
    const work = new WorkspaceRepositories(tx.db);
    for (const { sample, parsed, findings, bytes } of samples) {
      const { reportId } = await saveImported(tx, {
        existingReportId: null,
        agencyId: agencyIds.get(sample.agency)!,
        year: parsed.report.year!,
        parsed,
        findings,
        source: { fileName: sample.file, mediaType: MEDIA_TYPES[parsed.source], bytes },
        createdBy: null,
      });
      const reviewerId = sample.reviewer ? (userIds.get(sample.reviewer) ?? null) : null;
      if (sample.status === 'submitted' || sample.status === 'returned')
        await tx.reports.setStatus(reportId, 'submitted', ['draft']);
      if (sample.status === 'returned') {
        await tx.reports.setStatus(reportId, 'returned', ['submitted']);
        await work.reviewComments.add({
          reportId,
          action: 'return',
          authorId: reviewerId,
          comment: sample.comment ?? '请修改后重新提交。',
        });
      }
      if (sample.status === 'published' && reviewerId !== null)
        await tx.reports.publish(reportId, reviewerId, { from: ['draft'] });
    }
    // A year and a bit of casework for the two demo clerks' agencies (demo-casework.ts).
    const clerkIds = new Map<string, number>();
    for (const account of DEMO_ACCOUNTS)
      if (account.agency) clerkIds.set(account.agency, userIds.get(account.username)!);
    await loadDemoCasework(tx, agencyIds, clerkIds);
    await tx.audit.append({
      actorId: null,
      actorName: null,
      action: 'system.demo-load',
      entity: 'system',
      detail: {
        regions: DEMO_REGIONS.length,
        agencies: DEMO_AGENCIES.length,
        reports: samples.length,
      },
    });
    return {
      regions: DEMO_REGIONS.length,
      agencies: DEMO_AGENCIES.length,
      accounts: DEMO_ACCOUNTS.length,
      reports: samples.length,
    };
  });
}
