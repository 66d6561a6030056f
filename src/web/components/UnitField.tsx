import { CloseOutlined } from '@ant-design/icons';
import { Button, Flex, Tag } from 'antd';
import type { UnitLevel, UnitSummary } from '../../common/org-unit/schemas.ts';
import { UnitPicker } from './UnitPicker.tsx';
import { unitWithPath } from './unitLabels.ts';

type FieldProps<V> = { id?: string; value?: V; onChange?: (v: V) => void };

/** A form control holding one unit id, chosen with the UnitPicker. */
export function UnitField({ id, value, onChange, level }: FieldProps<number | null> & { level?: UnitLevel }) {
  return (
    <UnitPicker
      id={id}
      value={value}
      level={level}
      onChange={(u) => onChange?.(u?.id ?? null)}
      data-testid={id ? `unit-field-${id}` : 'unit-field'}
    />
  );
}

/** A form control holding several units (kept whole, to show their names); add with the picker, remove with ×. */
export function UnitListField({
  id,
  value = [],
  onChange,
  level,
  exclude = [],
}: FieldProps<UnitSummary[]> & { level?: UnitLevel; exclude?: number[] }) {
  const add = (u: UnitSummary | null) => {
    if (!u || exclude.includes(u.id) || value.some((v) => v.id === u.id)) return;
    onChange?.([...value, u]);
  };
  return (
    <Flex vertical gap={8}>
      {value.length > 0 && (
        <Flex wrap gap={6}>
          {value.map((u) => (
            <Tag key={u.id} style={{ marginInlineEnd: 0, paddingBlock: 2 }}>
              {unitWithPath(u)}
              <Button
                type="text"
                size="small"
                aria-label="remove"
                icon={<CloseOutlined />}
                onClick={() => onChange?.(value.filter((v) => v.id !== u.id))}
              />
            </Tag>
          ))}
        </Flex>
      )}
      <UnitPicker
        id={id}
        value={null}
        level={level}
        onChange={add}
        data-testid={id ? `unit-field-${id}` : 'unit-field'}
      />
    </Flex>
  );
}
