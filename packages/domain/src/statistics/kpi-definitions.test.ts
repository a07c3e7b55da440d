import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors.ts';
import { getKpiDefinition, kpiDefinitionSchema, kpiDefinitions } from './kpi-definitions.ts';

describe('kpiDefinitions', () => {
  it('is a valid catalogue with unique ids in order', () => {
    for (const kpi of kpiDefinitions) expect(kpiDefinitionSchema.parse(kpi)).toEqual(kpi);
    const ids = kpiDefinitions.map((kpi) => kpi.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('covers the figures of the national overview', () => {
    const titles = kpiDefinitions.map((kpi) => kpi.title);
    for (const expected of [
      'Antal samordningsförbund',
      'Tilldelade medel totalt',
      'Tilldelade medel från staten',
      'Tilldelade medel från regionen',
      'Tilldelade medel från kommunerna',
      'Insatsmedel, andel av kostnaderna',
      'Personalkostnader för kansliet, andel av kostnaderna',
      'Eget kapital, andel av intäkterna',
      'Förbund med eget kapital över eget mål',
      'Individinriktade insatser',
      'Strukturinriktade insatser',
      'Deltagare, kvinnor',
      'Deltagare, män',
      'Avslutade deltagare till arbete eller studier, andel',
      'Kostnad per deltagare',
    ]) {
      expect(titles).toContain(expected);
    }
  });

  it('guards every participant figure with more than the three-förbund rule', () => {
    for (const kpi of kpiDefinitions.filter((k) => k.kind === 'participants')) {
      expect(['count_cells', 'share_of_counts', 'per_participant']).toContain(kpi.suppression);
    }
  });

  it('measures every share in percent and every participant count in counts', () => {
    for (const kpi of kpiDefinitions) {
      if (kpi.suppression === 'share_of_counts') expect(kpi.unit).toBe('percent');
      if (kpi.suppression === 'count_cells') expect(kpi.unit).toBe('count');
    }
  });

  it('finds a definition by id and refuses an unknown one with NOT_FOUND', () => {
    expect(getKpiDefinition('SAM009').title).toBe('Eget kapital, andel av intäkterna');
    try {
      getKpiDefinition('SAM999');
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error) && error.code).toBe('NOT_FOUND');
    }
  });
});
