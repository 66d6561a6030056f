import { BankOutlined, ReadOutlined, ShopOutlined } from '@ant-design/icons';
import type { UnitKind } from '../../common/org-unit/schemas.ts';
import { useT } from '../i18n/I18nProvider.tsx';

const icons = { agency: BankOutlined, enterprise: ShopOutlined, school: ReadOutlined };

/** A small mark that tells institutions from administrative units in trees and lists. */
export function UnitKindIcon({ kind }: { kind: UnitKind }) {
  const t = useT();
  if (kind === 'administrative') return null;
  const Icon = icons[kind];
  return (
    <Icon title={t(`kind.${kind}`)} aria-label={t(`kind.${kind}`)} style={{ color: '#8c8c8c', marginInlineEnd: 6 }} />
  );
}
