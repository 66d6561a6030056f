import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { isApiError } from '../api/client.ts';
import { useT } from '../i18n/I18nProvider.tsx';

/** What a page shows when its data failed to load: 403 and 404 as antd Results, else the problem title. */
export function LoadError({ error }: { error: unknown }) {
  const t = useT();
  const navigate = useNavigate();
  const back = (
    <Button type="primary" onClick={() => navigate('/units')}>
      {t('unit.forbiddenBack')}
    </Button>
  );
  const title = error instanceof Error ? error.message : t('error.unknown');
  if (isApiError(error, 403))
    return <Result status="403" title="403" subTitle={title} extra={back} data-testid="forbidden" />;
  if (isApiError(error, 404))
    return <Result status="404" title="404" subTitle={title} extra={back} data-testid="not-found" />;
  return <Result status="error" title={title} extra={back} data-testid="load-error" />;
}
