import {
  kpiDefinitions,
  kpiDirections,
  kpiKinds,
  kpiNationalFigures,
  kpiSuppressionRules,
  kpiUnits,
} from '@samsyn/domain';

const figure = {
  description:
    'A number in the key figure\'s unit, ".." when withheld for confidentiality, or null when nothing was reported.',
  oneOf: [{ type: 'number' }, { type: 'string', const: '..' }, { type: 'null' }],
};

/**
 * The OpenAPI 3.1 document of the open data API, written by hand: three GET routes, no login.
 * Its schemas are JSON Schema 2020-12, so tests validate real responses against them.
 */
export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Samsyn öppna data',
    version: '1.0.0',
    description:
      'Nationella jämförelsetal för samordningsförbund (Finsam): definitioner och värden för riket, län och namngivna förbund som delar sina ekonomiska nyckeltal. Små tal (1–4 deltagare) och tal med färre än tre förbund bakom visas som "..". Ingen inloggning; högst 60 anrop i följd per adress, därefter ett per sekund (svar 429 med Retry-After).',
    license: { name: 'CC0 1.0', identifier: 'CC0-1.0' },
  },
  servers: [{ url: '/api/v1' }],
  paths: {
    '/kpis': {
      get: {
        operationId: 'listKpis',
        summary: 'Nyckeltalens definitioner',
        responses: {
          '200': {
            description: 'Alla nyckeltal',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/KpiList' } } },
          },
          '429': { $ref: '#/components/responses/TooManyRequests' },
        },
      },
    },
    '/kpis/{id}/values': {
      get: {
        operationId: 'listKpiValues',
        summary: 'Ett nyckeltals värden för ett år: riket, länen och namngivna förbund',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^SAM\\d{3}$' } },
          {
            name: 'year',
            in: 'query',
            description: 'Året; utelämnat: det senaste året med minst tre förbund.',
            schema: { type: 'integer', minimum: 2000, maximum: 2100 },
          },
          { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
          {
            name: 'pageSize',
            in: 'query',
            schema: { type: 'integer', minimum: 1, maximum: 500, default: 100 },
          },
        ],
        responses: {
          '200': {
            description: 'Värden, riket först, sedan länen, sedan förbund i namnordning',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/KpiValues' } } },
          },
          '400': { $ref: '#/components/responses/Error' },
          '404': { $ref: '#/components/responses/Error' },
          '429': { $ref: '#/components/responses/TooManyRequests' },
        },
      },
    },
    '/openapi.json': {
      get: {
        operationId: 'getOpenApi',
        summary: 'Det här dokumentet',
        responses: {
          '200': {
            description: 'OpenAPI 3.1',
            content: { 'application/json': { schema: { type: 'object' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Kpi: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title', 'definition', 'unit', 'kind', 'direction', 'nationalFigure', 'suppression'],
        properties: {
          id: { type: 'string', pattern: '^SAM\\d{3}$' },
          title: { type: 'string' },
          definition: { type: 'string' },
          unit: { enum: [...kpiUnits] },
          kind: { enum: [...kpiKinds] },
          direction: { enum: [...kpiDirections] },
          nationalFigure: { enum: [...kpiNationalFigures] },
          suppression: { enum: [...kpiSuppressionRules] },
        },
      },
      KpiList: {
        type: 'object',
        additionalProperties: false,
        required: ['data'],
        properties: {
          data: {
            type: 'array',
            items: { $ref: '#/components/schemas/Kpi' },
            minItems: kpiDefinitions.length,
          },
        },
      },
      Figure: figure,
      KpiValue: {
        type: 'object',
        additionalProperties: false,
        required: ['scope', 'code', 'name', 'value', 'q1', 'q3', 'contributors'],
        properties: {
          scope: { enum: ['nation', 'county', 'forbund'] },
          code: {
            type: ['string', 'null'],
            description: 'Länskod (SCB) för län och förbund; null för riket.',
          },
          name: { type: 'string' },
          value: { $ref: '#/components/schemas/Figure' },
          q1: { $ref: '#/components/schemas/Figure' },
          q3: { $ref: '#/components/schemas/Figure' },
          contributors: {
            anyOf: [{ type: 'integer', minimum: 0 }, { const: '..' }, { type: 'null' }],
            description:
              'Antal förbund bakom värdet; ".." när de är ett eller två (det skulle röja vilka); null för ett enskilt förbund.',
          },
        },
      },
      KpiValues: {
        type: 'object',
        additionalProperties: false,
        required: ['kpi', 'year', 'data', 'meta'],
        properties: {
          kpi: { $ref: '#/components/schemas/Kpi' },
          year: { type: ['integer', 'null'] },
          data: { type: 'array', items: { $ref: '#/components/schemas/KpiValue' } },
          meta: {
            type: 'object',
            additionalProperties: false,
            required: ['page', 'pageSize', 'total', 'next'],
            properties: {
              page: { type: 'integer', minimum: 1 },
              pageSize: { type: 'integer', minimum: 1 },
              total: { type: 'integer', minimum: 0 },
              next: { type: ['string', 'null'] },
            },
          },
        },
      },
      Error: {
        type: 'object',
        additionalProperties: false,
        required: ['error'],
        properties: { error: { type: 'string' }, message: { type: 'string' } },
      },
    },
    responses: {
      Error: {
        description: 'Fel',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
      TooManyRequests: {
        description: 'För många anrop; försök igen efter Retry-After sekunder',
        headers: { 'Retry-After': { schema: { type: 'integer' } } },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
    },
  },
} as const;
