import { CLERK_AGENCY, SEED_AGENCIES } from './fixtures.js';
import type { Account, TestServer } from './server.js';

/** The roles of the workspace, as the server names them. */
export type Role = 'admin' | 'reviewer' | 'clerk' | 'auditor';

/** A signed-in user of the tests, with what the page header shows for them. */
export interface TestAccount extends Account {
  role: Role;
  displayName: string;
}

/** What {@link setUpOrganisation} made: the ids it got back and an account per role. */
export interface Organisation {
  provinceId: number;
  /** City name → region id. */
  cities: ReadonlyMap<string, number>;
  /** Agency name → agency id (the agencies of {@link SEED_AGENCIES}). */
  agencies: ReadonlyMap<string, number>;
  /** One account per role: the reviewer covers the province, the clerk {@link CLERK_AGENCY}. */
  accounts: Readonly<Record<Role, TestAccount>>;
}

/** Passwords the tests give the accounts they create (they meet the password policy). */
const PASSWORDS = {
  reviewer: 'Shenhe@2025-e2e',
  clerk: 'Tianbao@2025-e2e',
} as const;

/**
 * Sets up, through the API as the administrator, what an office would before anyone works: a
 * province (示范省) with a city per seed agency, the seed agencies, a reviewer for the whole
 * province and a clerk of {@link CLERK_AGENCY}. The auditor is the one the server created at
 * start: administrators may not create auditors (separation of duties).
 */
export async function setUpOrganisation(server: TestServer): Promise<Organisation> {
  const api = await server.adminApi();
  const province = await api.call<{ id: number }>('POST', '/api/regions', {
    code: '990000',
    name: '示范省',
    level: 'province',
    parentId: null,
  });
  const cities = new Map<string, number>();
  for (const city of new Set(SEED_AGENCIES.map((a) => a.city))) {
    const r = await api.call<{ id: number }>('POST', '/api/regions', {
      code: `99${String(cities.size + 1).padStart(2, '0')}00`,
      name: city,
      level: 'prefecture',
      parentId: province.id,
    });
    cities.set(city, r.id);
  }
  const agencies = new Map<string, number>();
  for (const a of SEED_AGENCIES) {
    const created = await api.call<{ id: number }>('POST', '/api/agencies', {
      name: a.name,
      kind: a.name.endsWith('人民政府') ? 'government' : 'department',
      regionId: cities.get(a.city),
      parentAgencyId: null,
    });
    agencies.set(a.name, created.id);
  }
  const reviewer: TestAccount = {
    username: 'reviewer',
    password: PASSWORDS.reviewer,
    role: 'reviewer',
    displayName: '示范省审核员',
  };
  await api.call('POST', '/api/users', {
    username: reviewer.username,
    displayName: reviewer.displayName,
    role: 'reviewer',
    regionId: province.id,
    password: reviewer.password,
  });
  const clerk: TestAccount = {
    username: 'clerk-sy',
    password: PASSWORDS.clerk,
    role: 'clerk',
    displayName: '上虞经信局填报员',
  };
  await api.call('POST', '/api/users', {
    username: clerk.username,
    displayName: clerk.displayName,
    role: 'clerk',
    agencyId: agencies.get(CLERK_AGENCY),
    password: clerk.password,
  });
  if (!server.auditor)
    throw new Error('服务器启动时没有打印审计员账号：没有审计员就无法测试审计日志。');
  const auditor: TestAccount = { ...server.auditor, role: 'auditor', displayName: '审计员' };
  return {
    provinceId: province.id,
    cities,
    agencies,
    accounts: {
      admin: { ...server.admin, role: 'admin', displayName: '系统管理员' },
      reviewer,
      clerk,
      auditor,
    },
  };
}
