import {
  BranchesOutlined,
  EditOutlined,
  MergeCellsOutlined,
  PlusOutlined,
  StopOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import type { UnitDetail } from '../../../common/org-unit/schemas.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { CloseUnitModal } from './actions/CloseUnitModal.tsx';
import { CreateUnitModal } from './actions/CreateUnitModal.tsx';
import { MergeUnitsModal } from './actions/MergeUnitsModal.tsx';
import { MoveUnitModal } from './actions/MoveUnitModal.tsx';
import { RenameUnitModal } from './actions/RenameUnitModal.tsx';
import { SplitUnitModal } from './actions/SplitUnitModal.tsx';

type Action = 'create' | 'rename' | 'move' | 'close' | 'merge' | 'split';

/** The changes a manager may make to a unit; each opens its own modal form. */
export function UnitActions({ unit }: { unit: UnitDetail }) {
  const t = useT();
  const [open, setOpen] = useState<Action | null>(null);
  const close = () => setOpen(null);
  const active = unit.status === 'active';
  const isRoot = unit.parentId === null;
  const buttons = [
    { key: 'rename', icon: <EditOutlined />, label: t('unit.actionRename') },
    { key: 'move', icon: <SwapOutlined />, label: t('unit.actionMove') },
    { key: 'merge', icon: <MergeCellsOutlined />, label: t('unit.actionMerge') },
    { key: 'split', icon: <BranchesOutlined />, label: t('unit.actionSplit') },
    { key: 'close', icon: <StopOutlined />, label: t('unit.actionClose'), danger: true },
  ] as const;

  return (
    <>
      <Space wrap>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          disabled={!active}
          onClick={() => setOpen('create')}
          data-testid="unit-action-create"
        >
          {t('unit.actionCreate')}
        </Button>
        {buttons.map((b) => (
          <Button
            key={b.key}
            icon={b.icon}
            danger={'danger' in b}
            disabled={!active || isRoot}
            onClick={() => setOpen(b.key)}
            data-testid={`unit-action-${b.key}`}
          >
            {b.label}
          </Button>
        ))}
      </Space>
      {open === 'create' && <CreateUnitModal parent={unit} onClose={close} />}
      {open === 'rename' && <RenameUnitModal unit={unit} onClose={close} />}
      {open === 'move' && <MoveUnitModal unit={unit} onClose={close} />}
      {open === 'close' && <CloseUnitModal unit={unit} onClose={close} />}
      {open === 'merge' && <MergeUnitsModal unit={unit} onClose={close} />}
      {open === 'split' && <SplitUnitModal unit={unit} onClose={close} />}
    </>
  );
}
