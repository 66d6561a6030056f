import { useQueryClient } from '@tanstack/react-query';
import { Alert, Card, Empty, Skeleton, Tree, type TreeDataNode, Typography } from 'antd';
import { type Key, useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { UnitSummary } from '../../../common/org-unit/schemas.ts';
import { UnitKindIcon } from '../../components/UnitKindIcon.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { fetchAllChildren, unitKeys, useRoots } from './useUnits.ts';

/** The units the user may see, as a tree that loads each level when opened. */
export function UnitTreePage() {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const roots = useRoots();
  const [children, setChildren] = useState<Record<number, UnitSummary[]>>({});
  const [expanded, setExpanded] = useState<Key[]>([]);

  const treeData = useMemo(() => {
    const build = (u: UnitSummary): TreeDataNode => ({
      key: u.id,
      title: <UnitTitle unit={u} />,
      isLeaf: u.childCount === 0,
      children: children[u.id]?.map(build),
    });
    return (roots.data ?? []).map(build);
  }, [roots.data, children]);

  const loadData = useCallback(
    async (node: Pick<TreeDataNode, 'key'>) => {
      const id = Number(node.key);
      const list = await queryClient.fetchQuery({
        queryKey: unitKeys.children(id, 'all'),
        queryFn: () => fetchAllChildren(id, 'all'),
      });
      setChildren((prev) => ({ ...prev, [id]: list }));
    },
    [queryClient],
  );

  // A user with one or a few top units sees their first level straight away.
  useEffect(() => {
    const tops = roots.data ?? [];
    if (tops.length === 0 || tops.length > 3) return;
    const open = tops.filter((u) => u.childCount > 0);
    void Promise.all(open.map((u) => loadData({ key: u.id }))).then(() => setExpanded(open.map((u) => u.id)));
  }, [roots.data, loadData]);

  return (
    <Card title={t('unit.treeTitle')}>
      <Typography.Paragraph type="secondary">{t('unit.treeHint')}</Typography.Paragraph>
      {roots.isPending && <Skeleton active />}
      {roots.error && <Alert type="error" showIcon title={roots.error.message} />}
      {roots.data?.length === 0 && <Empty />}
      <div data-testid="unit-tree">
        <Tree
          treeData={treeData}
          loadData={loadData}
          expandedKeys={expanded}
          onExpand={(keys) => setExpanded(keys)}
          blockNode
          showLine
          onSelect={(keys) => keys[0] !== undefined && navigate(`/units/${keys[0]}`)}
        />
      </div>
    </Card>
  );
}

function UnitTitle({ unit }: { unit: UnitSummary }) {
  const t = useT();
  return (
    <span data-unit-id={unit.id}>
      <UnitKindIcon kind={unit.kind} />
      {unit.name}
      {unit.code && <Typography.Text type="secondary"> ({unit.code})</Typography.Text>}
      {unit.childCount > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} title={t('unit.childCount')}>
          {' · '}
          {formatNumber(unit.childCount)}
        </Typography.Text>
      )}
    </span>
  );
}
