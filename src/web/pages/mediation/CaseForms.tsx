import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { CaseDetail, Outcome } from '../../../common/mediation/schemas.ts';
import { api } from '../../api/client.ts';
import { toIsoDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { FormModal } from './FormModal.tsx';
import { DateField } from './TeamForms.tsx';
import { base, useTeam, useTeams } from './useMediation.ts';

const iso = (d: Dayjs | null | undefined) => (d ? toIsoDate(d) : null);
const day = (s: string | null | undefined) => (s ? dayjs(s) : undefined);
export const outcomes = ['succeeded', 'failed', 'withdrawn'] as const;

type CaseValues = {
  teamId: number;
  subject: string;
  parties: { label: string; name: string }[];
  receivedOn: Dayjs;
  startedOn?: Dayjs | null;
  mediatorIds: number[];
  note?: string;
};

/** Record (no case) or edit an open case; parties carry a label and a name only. */
export function CaseFormModal({ unitId, item, onClose }: { unitId?: number; item?: CaseDetail; onClose: () => void }) {
  const t = useT();
  const submit = (v: CaseValues) => {
    const body = {
      subject: v.subject,
      parties: v.parties,
      receivedOn: iso(v.receivedOn),
      startedOn: iso(v.startedOn),
      mediatorIds: v.mediatorIds ?? [],
      note: v.note || null,
    };
    return item
      ? api.patch<CaseDetail>(`${base}/cases/${item.id}`, { ...body, version: item.version })
      : api.post<CaseDetail>(`${base}/cases`, { ...body, teamId: v.teamId });
  };
  return (
    <FormModal<CaseValues, CaseDetail>
      title={item ? t('mediation.editCase') : t('mediation.newCase')}
      testId="mediation-case-form"
      width={640}
      submit={submit}
      onClose={onClose}
      initialValues={{
        teamId: item?.team.id,
        subject: item?.subject,
        parties: item?.parties ?? [
          { label: 'Bên A', name: '' },
          { label: 'Bên B', name: '' },
        ],
        receivedOn: day(item?.receivedOn) ?? dayjs(),
        startedOn: day(item?.startedOn),
        mediatorIds: item?.mediators.map((m) => m.id) ?? [],
        note: item?.note ?? undefined,
      }}
    >
      <Form.Item name="teamId" label={t('mediation.team')} rules={[{ required: true, message: t('common.required') }]}>
        <TeamSelect unitId={unitId} disabled={!!item} />
      </Form.Item>
      <Form.Item
        name="subject"
        label={t('mediation.subject')}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      >
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} data-testid="field-subject" />
      </Form.Item>
      <PartiesField />
      <Flex gap={12} wrap>
        <div style={{ flex: '1 1 200px' }}>
          <DateField name="receivedOn" label={t('mediation.receivedOn')} required />
        </div>
        <div style={{ flex: '1 1 200px' }}>
          <DateField name="startedOn" label={t('mediation.startedOn')} />
        </div>
      </Flex>
      <Form.Item noStyle shouldUpdate={(a, b) => a.teamId !== b.teamId}>
        {({ getFieldValue }) => (
          <Form.Item name="mediatorIds" label={t('mediation.caseMediators')}>
            <MediatorSelect teamId={getFieldValue('teamId')} />
          </Form.Item>
        )}
      </Form.Item>
      <Form.Item name="note" label={t('mediation.note')}>
        <Input.TextArea autoSize={{ minRows: 1 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

function PartiesField() {
  const t = useT();
  return (
    <Form.Item label={t('mediation.parties')} extra={t('mediation.partiesHelp')} required>
      <Form.List name="parties">
        {(fields, { add, remove }) => (
          <Flex vertical gap={4} data-testid="field-parties">
            {fields.map((f) => (
              <Flex key={f.key} gap={8} align="start">
                <Form.Item
                  name={[f.name, 'label']}
                  rules={[{ required: true, message: t('common.required') }]}
                  style={{ width: 110, marginBottom: 0 }}
                >
                  <Input maxLength={50} placeholder={t('mediation.partyLabel')} />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'name']}
                  rules={[{ required: true, whitespace: true, message: t('common.required') }]}
                  style={{ flex: 1, marginBottom: 0 }}
                >
                  <Input maxLength={200} placeholder={t('mediation.partyName')} data-testid={`field-party-${f.name}`} />
                </Form.Item>
                {fields.length > 1 && (
                  <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label="−" />
                )}
              </Flex>
            ))}
            {fields.length < 10 && (
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ label: `Bên ${String.fromCharCode(65 + fields.length)}`, name: '' })}
              >
                {t('mediation.addParty')}
              </Button>
            )}
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}

type FieldProps<V> = { id?: string; value?: V; onChange?: (v: V) => void };

export function TeamSelect({
  unitId,
  disabled,
  allowClear,
  ...p
}: FieldProps<number | undefined> & { unitId?: number; disabled?: boolean; allowClear?: boolean }) {
  const t = useT();
  const teams = useTeams({ unitId, pageSize: 200 });
  return (
    <Select
      {...p}
      allowClear={allowClear}
      placeholder={t('mediation.team')}
      style={{ width: '100%' }}
      disabled={disabled}
      showSearch={{ optionFilterProp: 'label' }}
      loading={teams.isFetching}
      options={(teams.data?.items ?? []).map((x) => ({ value: x.id, label: `${x.name} (${x.unit.name})` }))}
      data-testid="field-teamId"
    />
  );
}

function MediatorSelect({ teamId, ...p }: FieldProps<number[]> & { teamId?: number }) {
  const team = useTeam(teamId ?? null);
  return (
    <Select
      {...p}
      mode="multiple"
      disabled={!teamId}
      options={(team.data?.mediators ?? []).filter((m) => m.active).map((m) => ({ value: m.id, label: m.fullName }))}
      data-testid="field-mediatorIds"
    />
  );
}

type CloseValues = { outcome?: Outcome; closedOn: Dayjs; startedOn?: Dayjs | null; note?: string };

/** Close with the outcome; the start date is asked for here when it was never recorded. */
export function CloseCaseModal({ item, onClose }: { item: CaseDetail; onClose: () => void }) {
  const t = useT();
  return (
    <FormModal<CloseValues, CaseDetail>
      title={`${t('mediation.closeCase')} — ${item.subject}`}
      testId="mediation-close-form"
      submit={(v) =>
        api.post<CaseDetail>(`${base}/cases/${item.id}/close`, {
          version: item.version,
          outcome: v.outcome ?? null,
          closedOn: iso(v.closedOn),
          startedOn: iso(v.startedOn) ?? item.startedOn,
          note: v.note || item.note,
        })
      }
      onClose={onClose}
      initialValues={{ closedOn: dayjs(), startedOn: day(item.startedOn), note: item.note ?? undefined }}
    >
      <Typography.Paragraph type="secondary">
        {item.parties.map((p) => `${p.label}: ${p.name}`).join(' · ')}
      </Typography.Paragraph>
      <Form.Item name="outcome" label={t('mediation.outcome')} required>
        <Select
          data-testid="field-outcome"
          options={outcomes.map((o) => ({ value: o, label: t(`mediation.outcome.${o}`) }))}
        />
      </Form.Item>
      {!item.startedOn && <DateField name="startedOn" label={t('mediation.startedOn')} />}
      <DateField name="closedOn" label={t('mediation.closedOn')} required />
      <Form.Item name="note" label={t('mediation.note')}>
        <Input.TextArea autoSize={{ minRows: 1 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
