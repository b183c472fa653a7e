import { emptyReport, type FormatId, type Report } from '@xxgk/model';
import type { Repositories } from '../repositories/index.js';
import type { Agency, Region } from '../schema/index.js';

let nextCode = 110_000;

/** A division code no other fixture in this process has used (6 digits). */
export function uniqueRegionCode(): string {
  nextCode += 1;
  return String(nextCode);
}

/** A report value of a format with its identifying fields set, every cell blank. */
export function sampleReport(
  fields: { agency?: string; year?: number; title?: string; publishedOn?: string | null } = {},
  format: FormatId = '2021',
): Report {
  const report = emptyReport(format);
  report.agency = fields.agency ?? '测试机关';
  report.year = fields.year ?? 2024;
  report.title = fields.title ?? `${report.agency}${report.year}年政府信息公开工作年度报告`;
  report.publishedOn = fields.publishedOn ?? null;
  return report;
}

/** A small organisation: a city with two districts, a government and departments in each. */
export interface SampleOrganisation {
  city: Region;
  districtA: Region;
  districtB: Region;
  cityGovernment: Agency;
  cityBureau: Agency;
  governmentA: Agency;
  bureauA: Agency;
  governmentB: Agency;
}

/** Creates a {@link SampleOrganisation} with fresh codes, named after `label` so tests don't collide. */
export async function createSampleOrganisation(
  repos: Repositories,
  label: string,
): Promise<SampleOrganisation> {
  const city = await repos.regions.create({
    code: uniqueRegionCode(),
    name: `${label}市`,
    level: 'prefecture',
  });
  const districtA = await repos.regions.create({
    code: uniqueRegionCode(),
    name: `${label}甲区`,
    level: 'county',
    parentId: city.id,
  });
  const districtB = await repos.regions.create({
    code: uniqueRegionCode(),
    name: `${label}乙区`,
    level: 'county',
    parentId: city.id,
  });
  const agency = (name: string, kind: Agency['kind'], regionId: number, parentAgencyId?: number) =>
    repos.agencies.create({ name, kind, regionId, parentAgencyId: parentAgencyId ?? null });
  const cityGovernment = await agency(`${label}市人民政府`, 'government', city.id);
  const cityBureau = await agency(`${label}市教育局`, 'department', city.id);
  const governmentA = await agency(`${label}甲区人民政府`, 'government', districtA.id);
  const bureauA = await agency(`${label}甲区教育局`, 'department', districtA.id, governmentA.id);
  const governmentB = await agency(`${label}乙区人民政府`, 'government', districtB.id);
  return {
    city,
    districtA,
    districtB,
    cityGovernment,
    cityBureau,
    governmentA,
    bureauA,
    governmentB,
  };
}

/** A syntactically valid PHC string (never a real password's hash). */
export const FAKE_PHC = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA';
