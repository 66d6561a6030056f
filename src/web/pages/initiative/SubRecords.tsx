import { DeleteOutlined, DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, List, Popconfirm, Space, Typography, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { InitiativeDetail } from '../../../common/initiative/schemas.ts';
import { api } from '../../api/client.ts';
import { isFuture, isoOf } from '../../components/registry/dates.ts';
import { useRegistryWrite } from '../../components/registry/useRegistry.ts';
import { WriteFormModal } from '../../components/WriteFormModal.tsx';
import { DATE_FORMAT, formatDate, formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { base } from './useInitiative.ts';

const RemoveButton = ({ onConfirm }: { onConfirm: () => void }) => {
  const t = useT();
  return (
    <Popconfirm title={t('initiative.removeConfirm')} onConfirm={onConfirm}>
      <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('initiative.remove')} />
    </Popconfirm>
  );
};

/** Recognitions ("Dân vận khéo" …) with issuer, decision and date; add and remove for managers. */
export function Recognitions({ initiative }: { initiative: InitiativeDetail }) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  const url = `${base}/${initiative.id}/recognitions`;
  const remove = useRegistryWrite(base, (id: number) =>
    api.delete<InitiativeDetail>(`${url}/${id}?version=${initiative.version}`),
  );
  return (
    <>
      <List
        size="small"
        locale={{ emptyText: t('initiative.recognitionsEmpty') }}
        dataSource={initiative.recognitions}
        renderItem={(r) => (
          <List.Item
            actions={initiative.can.manage ? [<RemoveButton key="x" onConfirm={() => remove.mutate(r.id)} />] : []}
          >
            <List.Item.Meta
              title={r.title}
              description={[r.issuer, r.decisionNumber, formatDate(r.recognizedOn)].filter(Boolean).join(' · ')}
            />
          </List.Item>
        )}
      />
      {initiative.can.manage && (
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} style={{ marginTop: 8 }}>
          {t('initiative.addRecognition')}
        </Button>
      )}
      {adding && <RecognitionModal initiative={initiative} onClose={() => setAdding(false)} />}
    </>
  );
}

type Values = { title: string; issuer: string; decisionNumber?: string; recognizedOn: Dayjs };

function RecognitionModal({ initiative, onClose }: { initiative: InitiativeDetail; onClose: () => void }) {
  const t = useT();
  const write = useRegistryWrite(base, (v: Values) =>
    api.post<InitiativeDetail>(`${base}/${initiative.id}/recognitions`, {
      ...v,
      recognizedOn: isoOf(v.recognizedOn),
      version: initiative.version,
    }),
  );
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <WriteFormModal<Values, InitiativeDetail>
      title={t('initiative.addRecognition')}
      testId="recognition-form"
      write={write}
      successText={t('registry.saved')}
      onClose={onClose}
    >
      <Form.Item name="title" label={t('initiative.recognitionTitle')} rules={required}>
        <Input maxLength={300} placeholder="Dân vận khéo" />
      </Form.Item>
      <Form.Item name="issuer" label={t('initiative.issuer')} rules={required}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="decisionNumber" label={t('initiative.decisionNumber')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="recognizedOn"
        label={t('initiative.recognizedOn')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <DatePicker format={DATE_FORMAT} disabledDate={isFuture} />
      </Form.Item>
    </WriteFormModal>
  );
}

/** The initiative's files: download for readers; upload (type checked by the server) and remove for managers. */
export function Documents({ initiative }: { initiative: InitiativeDetail }) {
  const t = useT();
  const { message } = App.useApp();
  const url = `${base}/${initiative.id}/documents`;
  const upload = useRegistryWrite(base, (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return api.upload<InitiativeDetail>(`${url}?version=${initiative.version}`, form);
  });
  const remove = useRegistryWrite(base, (id: number) =>
    api.delete<InitiativeDetail>(`${url}/${id}?version=${initiative.version}`),
  );
  return (
    <>
      <List
        size="small"
        locale={{ emptyText: t('initiative.documentsEmpty') }}
        dataSource={initiative.documents}
        renderItem={(d) => (
          <List.Item
            actions={[
              <Button key="d" type="text" size="small" icon={<DownloadOutlined />} href={`${url}/${d.id}`} />,
              ...(initiative.can.manage ? [<RemoveButton key="x" onConfirm={() => remove.mutate(d.id)} />] : []),
            ]}
          >
            <Space>
              <span>{d.fileName}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatNumber(Math.ceil(d.size / 1024))} KB
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      {initiative.can.manage && (
        <Upload
          showUploadList={false}
          accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png"
          beforeUpload={(file) => {
            upload.mutate(file, {
              onSuccess: () => void message.success(t('initiative.uploaded')),
              onError: (e) => void message.error(e.message),
            });
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={upload.isPending} style={{ marginTop: 8 }}>
            {t('initiative.upload')}
          </Button>
        </Upload>
      )}
    </>
  );
}
