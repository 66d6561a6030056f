import { GlobalOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Upload } from 'antd';
import type { BoundariesBody } from '../../../../common/statistics/schemas.ts';
import { api, isApiError } from '../../../api/client.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { statisticsKeys } from '../useStatistics.ts';

type Loaded = { loaded: number; unmatched: { index: number; code: string | null; name: string | null }[] };

/** For administrators: load the units' boundaries from a GeoJSON file (features carry the unit code). */
export function BoundariesButton() {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const load = useMutation({
    mutationFn: (body: BoundariesBody) => api.put<Loaded>('/api/statistics/boundaries', body),
    onSuccess: (r) => {
      queryClient.invalidateQueries({ queryKey: statisticsKeys.all });
      const left = r.unmatched.map((u) => u.code ?? u.name ?? `#${u.index + 1}`).join(', ');
      message.success(t('statistics.boundariesLoaded', { count: formatNumber(r.loaded) }));
      if (left) message.warning(t('statistics.boundariesUnmatched', { list: left }));
    },
    onError: (e) => message.error(isApiError(e) ? e.message : String(e)),
  });
  return (
    <Upload
      accept=".geojson,.json,application/geo+json,application/json"
      showUploadList={false}
      beforeUpload={async (file) => {
        try {
          load.mutate(JSON.parse(await file.text()) as BoundariesBody);
        } catch {
          message.error(t('statistics.boundariesNotJson'));
        }
        return false;
      }}
    >
      <Button icon={<GlobalOutlined />} loading={load.isPending} data-testid="boundaries-upload">
        {t('statistics.loadBoundaries')}
      </Button>
    </Upload>
  );
}
