import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Modal, Tooltip } from 'antd';
import { useState } from 'react';
import type { EntryForm } from '../../../../common/statistics/entry-schemas.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { ImportEntryModal } from './ImportEntryModal.tsx';
import { entryFileUrl } from './useEntry.ts';

type Props = {
  form: EntryForm;
  dirty: boolean;
  complete: boolean;
  busy: boolean;
  onSave: () => void;
  onSubmit: () => void;
  onApprove: () => void;
  onReturn: (reason: string) => Promise<unknown>;
};

/** The buttons of a form, each shown only when the server's `can` flags allow it. */
export function EntryActions({ form, dirty, complete, busy, onSave, onSubmit, onApprove, onReturn }: Props) {
  const t = useT();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [importing, setImporting] = useState(false);
  const { can } = form;
  return (
    <Flex gap={8} wrap justify="space-between">
      <Flex gap={8} wrap>
        {can.import && (
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="entry-import">
            {t('statisticsEntry.import')}
          </Button>
        )}
        {can.import && (
          <Button
            icon={<DownloadOutlined />}
            href={entryFileUrl('template', form.unit.id, form.period.text)}
            data-testid="entry-template"
          >
            {t('statisticsEntry.template')}
          </Button>
        )}
        <Button icon={<DownloadOutlined />} href={entryFileUrl('export', form.unit.id, form.period.text)}>
          {t('statisticsEntry.export')}
        </Button>
      </Flex>
      <Flex gap={8} wrap>
        {can.edit && (
          <Button onClick={onSave} loading={busy} disabled={!dirty} data-testid="entry-save">
            {t('statisticsEntry.save')}
          </Button>
        )}
        {can.submit && (
          <Tooltip title={complete ? undefined : t('statisticsEntry.fillAll')}>
            <Button type="primary" onClick={onSubmit} loading={busy} disabled={!complete} data-testid="entry-submit">
              {t('statisticsEntry.submit')}
            </Button>
          </Tooltip>
        )}
        {can.return && (
          <Button danger onClick={() => setReturning(true)} data-testid="entry-return">
            {t(form.status === 'approved' ? 'statisticsEntry.reopen' : 'statisticsEntry.return')}
          </Button>
        )}
        {can.approve && (
          <Button type="primary" onClick={onApprove} loading={busy} data-testid="entry-approve">
            {t('statisticsEntry.approve')}
          </Button>
        )}
      </Flex>
      <Modal
        open={returning}
        title={t(form.status === 'approved' ? 'statisticsEntry.reopen' : 'statisticsEntry.return')}
        okText={t('statisticsEntry.returnConfirm')}
        okButtonProps={{ danger: true, disabled: reason.trim() === '', 'data-testid': 'entry-return-ok' }}
        onOk={async () => {
          await onReturn(reason.trim());
          setReturning(false);
          setReason('');
        }}
        onCancel={() => setReturning(false)}
      >
        <Input.TextArea
          rows={3}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t('statisticsEntry.reasonPlaceholder')}
          data-testid="entry-return-reason-input"
        />
      </Modal>
      {importing && <ImportEntryModal form={form} onClose={() => setImporting(false)} />}
    </Flex>
  );
}
