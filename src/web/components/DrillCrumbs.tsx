import { Breadcrumb, Typography } from 'antd';
import { useCurrentUser } from '../pages/auth/useAuth.ts';
import { useUnit } from '../pages/org-unit/useUnits.ts';

/** The way back up: the unit's ancestors from the highest unit the user holds a role on. */
export function DrillCrumbs({ unitId, onPick }: { unitId: number; onPick: (id: number) => void }) {
  const me = useCurrentUser();
  const unit = useUnit(unitId);
  if (!unit.data) return null;
  const chain = [...unit.data.ancestors, { id: unit.data.id, name: unit.data.name }];
  const granted = new Set(me.grants.map((g) => g.unit.id));
  const from = chain.findIndex((u) => granted.has(u.id) || me.grants.some((g) => g.unit.level === 'national'));
  const visible = chain.slice(Math.max(0, from));
  return (
    <Breadcrumb
      data-testid="dashboard-breadcrumb"
      items={visible.map((u, i) => ({
        key: u.id,
        title:
          i === visible.length - 1 ? (
            <Typography.Text strong>{u.name}</Typography.Text>
          ) : (
            <Typography.Link onClick={() => onPick(u.id)}>{u.name}</Typography.Link>
          ),
      }))}
    />
  );
}
