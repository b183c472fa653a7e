import { queryString, request } from './http.js';
import type { Agency, AgencyKind, ManagedUser, Region, RegionLevel, Role } from './types.js';

/** The region tree visible to the user. */
export function listRegions(): Promise<Region[]> {
  return request('GET', '/api/regions');
}

/** Fields of a new region. */
export interface RegionInput {
  code: string;
  name: string;
  level: RegionLevel;
  parentId: number | null;
}

/** Creates a region (administrator). */
export function createRegion(input: RegionInput): Promise<Region> {
  return request('POST', '/api/regions', input);
}

/** Renames a region (administrator; code and level are fixed once created). */
export function updateRegion(id: number, patch: { name: string }): Promise<Region> {
  return request('PATCH', `/api/regions/${id}`, patch);
}

/** Agencies, optionally of one region. */
export function listAgencies(regionId?: number): Promise<Agency[]> {
  return request('GET', `/api/agencies${queryString({ regionId })}`);
}

/** Fields of an agency. */
export interface AgencyInput {
  name: string;
  kind: AgencyKind;
  regionId: number;
  parentAgencyId: number | null;
}

/** Creates an agency (administrator). */
export function createAgency(input: AgencyInput): Promise<Agency> {
  return request('POST', '/api/agencies', input);
}

/** Changes an agency (administrator). */
export function updateAgency(id: number, patch: Partial<AgencyInput>): Promise<Agency> {
  return request('PATCH', `/api/agencies/${id}`, patch);
}

/** Every account (administrator). The server may answer a plain list or a page. */
export async function listUsers(): Promise<ManagedUser[]> {
  const body = await request<ManagedUser[] | { items: ManagedUser[] }>('GET', '/api/users');
  return Array.isArray(body) ? body : body.items;
}

/** Fields of a new account. */
export interface UserInput {
  username: string;
  displayName: string;
  role: Role;
  agencyId?: number | null;
  regionId?: number | null;
  password: string;
}

/** Creates an account (administrator). */
export function createUser(input: UserInput): Promise<ManagedUser> {
  return request('POST', '/api/users', input);
}

/** Changes an account's name, role, scope or disables it (administrator). */
export function updateUser(
  id: number,
  patch: {
    displayName?: string;
    role?: Role;
    disabled?: boolean;
    agencyId?: number | null;
    regionId?: number | null;
  },
): Promise<ManagedUser> {
  return request('PATCH', `/api/users/${id}`, patch);
}

/** Lifts a lockout after repeated failed logins (administrator). */
export function unlockUser(id: number): Promise<void> {
  return request('POST', `/api/users/${id}/unlock`);
}

/** Sets a new password for an account (administrator). */
export function resetUserPassword(id: number, password: string): Promise<void> {
  return request('POST', `/api/users/${id}/password`, { password });
}
