import { beforeAll, expect, it } from 'vitest';
import type { RegistryCounts } from '../../../common/registry/schemas.ts';
import type { SecurityTeamView } from '../../../common/security-team/schemas.ts';
import { as, buildProvince, loginWithRole, type Session } from '../../test/factories.ts';
import { describeOnEachDb } from '../../test/harness.ts';

/** Members are counted as they were on the period's last day, not as they are today. */
describeOnEachDb('security team counts at a date', (env) => {
  let p: Awaited<ReturnType<typeof buildProvince>>;
  let officer: Session;
  const api = () => as(env().app, officer);

  beforeAll(async () => {
    const { db } = env().database;
    p = await buildProvince(db);
    officer = await loginWithRole(env().app, db, 'officer', p.province);
    const created = await api().post('/api/security-teams', {
      unitId: p.a.areas[0]!.id,
      name: 'Tổ bảo vệ ANTT thôn Một',
      establishedOn: '2024-01-10',
    });
    expect(created.statusCode, created.body).toBe(201);
    let team = created.json() as SecurityTeamView;
    const add = async (fullName: string, role: string, joinedOn: string) => {
      const res = await api().post(`/api/security-teams/${team.id}/members`, {
        version: team.version,
        fullName,
        gender: 'male',
        role,
        joinedOn,
      });
      expect(res.statusCode, res.body).toBe(200);
      team = res.json();
    };
    await add('Nguyễn Văn Một', 'leader', '2024-02-01');
    await add('Trần Văn Hai', 'member', '2024-02-01');
    await add('Lê Văn Ba', 'member', '2025-09-01');
    const hai = (team as unknown as { members: { id: number; fullName: string }[] }).members.find(
      (m) => m.fullName === 'Trần Văn Hai',
    )!;
    const left = await api().post(`/api/security-teams/${team.id}/members/${hai.id}/leave`, {
      version: team.version,
      leftOn: '2025-06-30',
      reason: 'Chuyển nơi ở',
    });
    expect(left.statusCode, left.body).toBe(200);
  });

  it.each([
    ['2025-03-31', 2],
    ['2025-12-31', 2],
    ['2024-01-31', 0],
  ])('on %s the commune has %i members in its teams', async (to, members) => {
    const res = await api().get(`/api/security-teams/counts?unitId=${p.province.id}&to=${to}`);
    const a = (res.json() as RegistryCounts).children.find((c) => c.unit.id === p.a.commune.id)!;
    expect(a.total).toBe(1);
    expect(a.sums.members).toBe(members);
  });

  it('without a period, the members in office today', async () => {
    const res = await api().get(`/api/security-teams/counts?unitId=${p.province.id}`);
    const a = (res.json() as RegistryCounts).children.find((c) => c.unit.id === p.a.commune.id)!;
    expect(a.sums.members).toBe(2);
  });
});
