import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadReferenceCriteriaSets, referenceCriteriaDir } from './reference.ts';

describe('loadReferenceCriteriaSets', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  const copy = async () => {
    dir = await mkdtemp(join(tmpdir(), 'criteria-'));
    await cp(referenceCriteriaDir, dir, { recursive: true });
    return dir;
  };

  it('loads the shipped sets: four Decision 510 tables and four Circular 124 checklists', async () => {
    const sets = await loadReferenceCriteriaSets();
    expect(sets.map((s) => `${s.definition.kind} ${s.definition.code} v${s.version}`)).toEqual([
      'movement qd510-2022-commune v1',
      'movement qd510-2022-district v1',
      'movement qd510-2022-institution v1',
      'movement qd510-2022-residential-area v1',
      'safety tt124-2021-agency-enterprise v1',
      'safety tt124-2021-commune v1',
      'safety tt124-2021-residential-area v1',
      'safety tt124-2021-school v1',
    ]);
  });

  it('refuses a file that breaks a rule, naming the file and the rule', async () => {
    const d = await copy();
    const file = join(d, 'qd510-2022', 'commune.json');
    const def = JSON.parse(await readFile(file, 'utf8'));
    def.criteria[0].maxPoints = 11;
    def.criteria[0].items[0].maxPoints = 5;
    await writeFile(file, JSON.stringify(def));
    await expect(loadReferenceCriteriaSets(d)).rejects.toThrow(
      /qd510-2022\/commune\.json: criteria criteria\.totalNot100/,
    );
  });

  it('refuses a file the schema rejects, and a file that is not JSON', async () => {
    const d = await copy();
    await writeFile(join(d, 'tt124-2021', 'school.json'), JSON.stringify({ kind: 'safety', code: 'X' }));
    await expect(loadReferenceCriteriaSets(d)).rejects.toThrow(/tt124-2021\/school\.json/);
    await writeFile(join(d, 'tt124-2021', 'school.json'), '{ not json');
    await expect(loadReferenceCriteriaSets(d)).rejects.toThrow(/tt124-2021\/school\.json/);
  });

  it('reads a later revision from a .vN file and refuses two files for one version', async () => {
    const d = await copy();
    await cp(join(d, 'tt124-2021', 'school.json'), join(d, 'tt124-2021', 'school.v2.json'));
    const sets = await loadReferenceCriteriaSets(d);
    expect(sets.filter((s) => s.definition.code === 'tt124-2021-school').map((s) => s.version)).toEqual([1, 2]);
    await cp(join(d, 'tt124-2021', 'school.json'), join(d, 'tt124-2021', 'school-copy.json'));
    await expect(loadReferenceCriteriaSets(d)).rejects.toThrow(/tt124-2021-school@1 is defined by more than one file/);
  });
});
