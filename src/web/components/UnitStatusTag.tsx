import { Tag } from 'antd';
import { useT } from '../i18n/I18nProvider.tsx';

export function UnitStatusTag({ status }: { status: 'active' | 'closed' }) {
  const t = useT();
  return <Tag color={status === 'active' ? 'green' : 'default'}>{t(`status.${status}`)}</Tag>;
}
