import { AGENCY_KINDS, REGION_LEVELS, type AgencyKind, type RegionLevel } from '@xxgk/db';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import {
  createAgency,
  createRegion,
  listAgencies,
  regionTree,
  updateAgency,
  updateRegion,
} from '../services/organisation.js';
import { actorOf, docs, errorResponses, idParam, routeOf, type ZodApp } from './common.js';

const levelEnum = z.enum(REGION_LEVELS.map((l) => l.key) as [RegionLevel, ...RegionLevel[]]);
const kindEnum = z.enum(AGENCY_KINDS.map((k) => k.key) as [AgencyKind, ...AgencyKind[]]);

interface RegionJson {
  id: number;
  code: string;
  name: string;
  level: string;
  parentId: number | null;
  children: RegionJson[];
}

const regionSchema: z.ZodType<RegionJson> = z
  .lazy(() =>
    z.object({
      id: z.number().int(),
      code: z.string(),
      name: z.string(),
      level: z.string(),
      parentId: z.number().int().nullable(),
      children: z.array(regionSchema),
    }),
  )
  .meta({ id: 'Region', description: '行政区划及其下级' });

const agencySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: kindEnum,
  regionId: z.number().int(),
  parentAgencyId: z.number().int().nullable(),
  regionName: z.string().optional(),
});

const name = z.string().trim().min(1).max(100);

/** Regions and agencies: readable by every role within its scope, changed by the administrator. */
export function organisationRoutes(app: ZodApp, ctx: AppContext): void {
  app.route({
    ...routeOf('regions.list'),
    schema: {
      ...docs('regions.list', '行政区划与机关'),
      response: { 200: z.array(regionSchema), ...errorResponses },
    },
    handler: async (request) => regionTree(ctx, actorOf(request)),
  });

  app.route({
    ...routeOf('regions.create'),
    schema: {
      ...docs('regions.create', '行政区划与机关'),
      body: z.object({
        code: z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/u, '区划代码须为 6、9 或 12 位数字'),
        name,
        level: levelEnum,
        parentId: z.number().int().positive().nullable().optional(),
      }),
      response: { 201: regionSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await createRegion(ctx, actorOf(request), request.body)),
  });

  app.route({
    ...routeOf('regions.update'),
    schema: {
      ...docs('regions.update', '行政区划与机关'),
      params: idParam,
      body: z.object({ name }),
      response: { 200: regionSchema, ...errorResponses },
    },
    handler: async (request) =>
      updateRegion(ctx, actorOf(request), request.params.id, request.body),
  });

  app.route({
    ...routeOf('agencies.list'),
    schema: {
      ...docs('agencies.list', '行政区划与机关'),
      querystring: z.object({ regionId: z.coerce.number().int().positive().optional() }),
      response: { 200: z.array(agencySchema), ...errorResponses },
    },
    handler: async (request) => listAgencies(ctx, actorOf(request), request.query.regionId),
  });

  app.route({
    ...routeOf('agencies.create'),
    schema: {
      ...docs('agencies.create', '行政区划与机关'),
      body: z.object({
        name,
        kind: kindEnum,
        regionId: z.number().int().positive(),
        parentAgencyId: z.number().int().positive().nullable().optional(),
      }),
      response: { 201: agencySchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await createAgency(ctx, actorOf(request), request.body)),
  });

  app.route({
    ...routeOf('agencies.update'),
    schema: {
      ...docs('agencies.update', '行政区划与机关'),
      params: idParam,
      body: z.object({
        name: name.optional(),
        kind: kindEnum.optional(),
        regionId: z.number().int().positive().optional(),
        parentAgencyId: z.number().int().positive().nullable().optional(),
      }),
      response: { 200: agencySchema, ...errorResponses },
    },
    handler: async (request) =>
      updateAgency(ctx, actorOf(request), request.params.id, request.body),
  });
}
