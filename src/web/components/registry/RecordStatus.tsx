import { Tag, Tooltip } from 'antd';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';

/** "Đang hoạt động", or "Đã dừng dd/MM/yyyy" with the reason on hover. */
export function RecordStatus({ closedOn, reason }: { closedOn: string | null; reason?: string | null }) {
  const t = useT();
  if (!closedOn) return <Tag color="green">{t('registry.open')}</Tag>;
  return (
    <Tooltip title={reason}>
      <Tag>{t('registry.closedOn', { date: formatDate(closedOn) })}</Tag>
    </Tooltip>
  );
}
