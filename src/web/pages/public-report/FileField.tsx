import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Upload, type UploadFile } from 'antd';
import { FILE_LIMITS } from '../../../common/public-report/schemas.ts';
import { useT } from '../../i18n/I18nProvider.tsx';

/** Files kept in the browser until the form is sent; size and type pre-checked here, really checked by the server. */
export function FileField({
  value = [],
  onChange,
  testId,
}: {
  value?: UploadFile[];
  onChange?: (files: UploadFile[]) => void;
  testId?: string;
}) {
  const t = useT();
  const { message } = App.useApp();
  const check = (file: File, pending: number) => {
    if (file.size === 0) return t('public.files.empty', { name: file.name });
    if (file.size > FILE_LIMITS.maxFileBytes) return t('public.files.tooLarge', { name: file.name });
    if (!(FILE_LIMITS.types as readonly string[]).includes(file.type))
      return t('public.files.badType', { name: file.name });
    if (value.length + pending > FILE_LIMITS.maxFiles) return t('public.files.tooMany');
    const total = value.reduce((s, f) => s + (f.size ?? 0), 0) + file.size;
    if (total > FILE_LIMITS.maxTotalBytes) return t('public.files.total');
    return null;
  };
  return (
    <Upload
      multiple
      accept={FILE_LIMITS.accept}
      fileList={value}
      beforeUpload={(file, batch) => {
        const problem = check(file, batch.indexOf(file) + 1);
        if (problem) {
          void message.error(problem);
          return Upload.LIST_IGNORE;
        }
        return false;
      }}
      onChange={({ fileList }) => onChange?.(fileList.filter((f) => f.originFileObj))}
    >
      <Button icon={<PaperClipOutlined />} data-testid={testId}>
        {t('public.files.pick')}
      </Button>
    </Upload>
  );
}

export const filesOf = (list: UploadFile[] | undefined) =>
  (list ?? []).map((f) => f.originFileObj).filter((f): f is NonNullable<typeof f> => Boolean(f)) as File[];
