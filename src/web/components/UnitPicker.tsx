import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Spin, TreeSelect } from 'antd';
import { type CSSProperties, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { UnitLevel, UnitSummary } from '../../common/org-unit/schemas.ts';
import { useT } from '../i18n/I18nProvider.tsx';
import {
  fetchAllChildren,
  fetchUnitPage,
  type UnitListParams,
  unitKeys,
  useRoots,
  useUnit,
} from '../pages/org-unit/useUnits.ts';
import { unitWithPath } from './unitLabels.ts';
import { useDebounced } from './useDebounced.ts';

type Props = {
  /** Select-only mode: report the chosen unit instead of opening its page. */
  onChange?: (unit: UnitSummary | null) => void;
  /** The chosen unit's id in select-only mode. */
  value?: number | null;
  /** Only offer units of this level in search results (e.g. merging communes). */
  level?: UnitLevel;
  /** Which children the tree shows when a node opens. */
  group?: UnitListParams['group'];
  placeholder?: string;
  style?: CSSProperties;
  id?: string;
  'data-testid'?: string;
};

type Node = { id: number; pId: number | null; value: number; title: string; isLeaf: boolean; unit: UnitSummary };

const nodeOf = (unit: UnitSummary, pId: number | null, title = unit.name): Node => ({
  id: unit.id,
  pId,
  value: unit.id,
  title,
  isLeaf: unit.childCount === 0,
  unit,
});

/**
 * Chooses a unit in the user's scope: a lazy tree from the user's roots, and a
 * search that goes to the server (it folds diacritics, so "ha tinh" finds
 * "Tỉnh Hà Tĩnh"); results show their ancestors to tell same-named units apart.
 */
export function UnitPicker({ onChange, value, level, group = 'all', placeholder, style, id, ...rest }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const roots = useRoots();
  const [children, setChildren] = useState<Record<number, UnitSummary[]>>({});
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<{ value: number; label: string } | null>(null);
  const q = useDebounced(search.trim(), 250);
  const searching = search.trim().length > 0;

  const params: UnitListParams = { q, level, pageSize: 50, group: 'all' };
  const results = useQuery({
    queryKey: unitKeys.list(params),
    queryFn: () => fetchUnitPage(params),
    enabled: q.length > 0,
  });
  // A value set from outside (e.g. a filter restored) needs its name.
  const outside = useUnit(value && value !== picked?.value ? value : null);

  const treeData = useMemo<Node[]>(() => {
    if (searching)
      return (results.data?.items ?? []).map((u) => ({ ...nodeOf(u, null, unitWithPath(u)), isLeaf: true }));
    const nodes = (roots.data ?? []).map((u) => nodeOf(u, null));
    for (const [parentId, list] of Object.entries(children)) {
      for (const u of list) nodes.push(nodeOf(u, Number(parentId)));
    }
    return nodes;
  }, [searching, results.data, roots.data, children]);

  const loadData = async (node: { value?: unknown }) => {
    const parentId = Number(node.value);
    if (children[parentId]) return;
    const list = await queryClient.fetchQuery({
      queryKey: unitKeys.children(parentId, group),
      queryFn: () => fetchAllChildren(parentId, group),
    });
    setChildren((prev) => ({ ...prev, [parentId]: list }));
  };

  const handleSelect = (node: Node | undefined) => {
    setSearch('');
    const unit = node?.unit ?? null;
    if (!onChange) {
      if (unit) navigate(`/units/${unit.id}`);
      return;
    }
    setPicked(unit ? { value: unit.id, label: unit.name } : null);
    onChange(unit);
  };

  // null, not undefined: antd treats undefined as "uncontrolled" and would keep showing the last choice.
  const shown =
    onChange && value
      ? { value, label: picked?.value === value ? picked.label : (outside.data?.name ?? String(value)) }
      : null;
  const loading = searching && (q !== search.trim() || results.isFetching);

  return (
    <TreeSelect<{ value: number; label?: unknown } | null, Node>
      id={id}
      data-testid={rest['data-testid'] ?? 'unit-picker'}
      style={{ width: '100%', ...style }}
      treeDataSimpleMode
      treeData={treeData}
      loadData={searching ? undefined : loadData}
      labelInValue
      value={shown}
      placeholder={placeholder ?? t('picker.placeholder')}
      allowClear={!!onChange}
      showSearch={{ searchValue: search, onSearch: setSearch, filterTreeNode: false, autoClearSearchValue: true }}
      onSelect={(_v, node) => handleSelect(node)}
      onChange={(v) => !v && handleSelect(undefined)}
      onOpenChange={(open) => !open && setSearch('')}
      notFoundContent={
        <div style={{ padding: '4px 8px' }}>{loading ? <Spin size="small" /> : t('picker.noMatch')}</div>
      }
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 'min(560px, 95vw)', minWidth: 280 } } }}
      listHeight={360}
    />
  );
}
