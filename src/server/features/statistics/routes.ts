import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  BoundariesBody,
  BoundariesLoaded,
  BreakdownResult,
  ChildBoundaries,
  CodesQuery,
  FiguresResult,
  Indicator,
  TrendResult,
} from '../../../common/statistics/schemas.ts';
import type { Services } from '../../app.ts';
import { ctxOf } from '../ctx.ts';
import { childBoundaries, loadBoundaries } from './boundaries.ts';
import { listIndicators } from './catalogue.ts';
import { breakdownOf, figuresOf, trendOf } from './service.ts';

const tags = ['statistics'];

/** Indicators and figures read from the rollups (issue #6). */
export const statisticsRoutes =
  (s: Services): FastifyPluginAsync =>
  async (plain) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    const read = { policy: 'statistics.read' as const };

    app.get(
      '/indicators',
      { config: read, schema: { tags, summary: 'Danh mục chỉ tiêu', response: { 200: z.array(Indicator) } } },
      (req) => listIndicators(ctxOf(s, req).db),
    );
    app.get(
      '/figures',
      {
        config: read,
        schema: {
          tags,
          summary: 'Số liệu của đơn vị trong kỳ, so với cùng kỳ năm trước (gồm lịch sử đơn vị tiền thân)',
          querystring: CodesQuery,
          response: { 200: FiguresResult },
        },
      },
      (req) => figuresOf(ctxOf(s, req), req.query),
    );
    app.get(
      '/breakdown',
      {
        config: read,
        schema: {
          tags,
          summary: 'Số liệu theo đơn vị trực thuộc',
          querystring: CodesQuery,
          response: { 200: BreakdownResult },
        },
      },
      (req) => breakdownOf(ctxOf(s, req), req.query),
    );
    app.get(
      '/trend',
      {
        config: read,
        schema: { tags, summary: 'Số liệu từng năm trong kỳ', querystring: CodesQuery, response: { 200: TrendResult } },
      },
      (req) => trendOf(ctxOf(s, req), req.query),
    );
    app.get(
      '/boundaries',
      {
        config: read,
        schema: {
          tags,
          summary: 'Ranh giới (GeoJSON) các đơn vị trực thuộc, cho bản đồ',
          querystring: z.object({ unitId: z.coerce.number().int().positive().optional() }),
          response: { 200: ChildBoundaries },
        },
      },
      (req) => childBoundaries(ctxOf(s, req), req.query.unitId),
    );
    app.put(
      '/boundaries',
      {
        config: { policy: 'statistics.manage' },
        // a province's communes as GeoJSON run to megabytes
        bodyLimit: 50 * 1024 * 1024,
        schema: {
          tags,
          summary: 'Nạp ranh giới đơn vị (GeoJSON FeatureCollection, properties.code = mã đơn vị)',
          body: BoundariesBody,
          response: { 200: BoundariesLoaded },
        },
      },
      (req) => loadBoundaries(ctxOf(s, req), req.body),
    );
  };
