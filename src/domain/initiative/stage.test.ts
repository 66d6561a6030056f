import { describe, expect, it } from 'vitest';
import { initiativeStages, shownStage, stageAfterReplication, stageChange, workingStages } from './stage.ts';

describe('initiative stages', () => {
  // every cell of the 5 × 5 table
  const expected: Record<string, Record<string, string>> = {
    registered: { registered: 'ok', pilot: 'ok', evaluated: 'ok', replicated: 'ok', stopped: 'useClose' },
    pilot: { registered: 'backward', pilot: 'ok', evaluated: 'ok', replicated: 'ok', stopped: 'useClose' },
    evaluated: { registered: 'backward', pilot: 'backward', evaluated: 'ok', replicated: 'ok', stopped: 'useClose' },
    replicated: {
      registered: 'backward',
      pilot: 'backward',
      evaluated: 'backward',
      replicated: 'ok',
      stopped: 'useClose',
    },
    stopped: {
      registered: 'stopped',
      pilot: 'stopped',
      evaluated: 'stopped',
      replicated: 'stopped',
      stopped: 'stopped',
    },
  };
  for (const from of initiativeStages) {
    for (const to of initiativeStages) {
      it(`${from} → ${to}: ${expected[from]![to]}`, () => {
        const r = stageChange(from, to);
        expect(r.ok ? 'ok' : r.why).toBe(expected[from]![to]);
      });
    }
  }

  it('moves to replicated at the first replication point, from any working stage', () => {
    for (const s of workingStages) expect(stageAfterReplication(s)).toBe('replicated');
  });

  it('shows a closed initiative as stopped, keeping the stage it reached otherwise', () => {
    expect(shownStage('pilot', null)).toBe('pilot');
    expect(shownStage('pilot', '2026-05-01')).toBe('stopped');
  });
});
