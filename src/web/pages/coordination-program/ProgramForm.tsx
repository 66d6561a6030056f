import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ProgramBody, ProgramDetail } from '../../../common/coordination-program/schemas.ts';
import { programLevels, suggestedParties } from '../../../domain/coordination-program/rules.ts';
import { api } from '../../api/client.ts';
import { dayOf, isFuture, isoOf } from '../../components/registry/dates.ts';
import { useRegistryWrite } from '../../components/registry/useRegistry.ts';
import { UnitField } from '../../components/UnitField.tsx';
import { WriteFormModal } from '../../components/WriteFormModal.tsx';
import { DATE_FORMAT } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';

export const programsBase = '/api/coordination-programs';

type Values = Omit<ProgramBody, 'signedOn'> & { unitId?: number; signedOn: Dayjs };

/** Adds a programme (no `program`) or edits one at the version shown; parties are picked or typed. */
export function ProgramFormModal({
  program,
  onClose,
  onDone,
}: {
  program?: ProgramDetail;
  onClose: () => void;
  onDone?: (p: ProgramDetail) => void;
}) {
  const t = useT();
  const write = useRegistryWrite(programsBase, (v: Values) => {
    const body = { ...v, signedOn: isoOf(v.signedOn) };
    return program
      ? api.put<ProgramDetail>(`${programsBase}/${program.id}`, { ...body, version: program.version })
      : api.post<ProgramDetail>(programsBase, body);
  });
  const required = [{ required: true, message: t('common.required') }];
  const year = new Date().getFullYear();
  return (
    <WriteFormModal<Values, ProgramDetail>
      title={program ? `${t('registry.edit')} — ${program.number}` : t('program.new')}
      testId="program-form"
      write={write}
      successText={t('registry.saved')}
      onClose={onClose}
      onDone={onDone}
      width={680}
      initialValues={
        program
          ? { ...program, signedOn: dayOf(program.signedOn) }
          : { level: 'commune', parties: [], periodFrom: year, periodTo: year + 5 }
      }
    >
      {!program && (
        <Form.Item name="unitId" label={t('registry.unit')} rules={required}>
          <UnitField />
        </Form.Item>
      )}
      <Form.Item name="number" label={t('program.number')} rules={[{ ...required[0], whitespace: true }]}>
        <Input maxLength={100} placeholder="09/CTr-BCA-MTTW" data-testid="field-number" />
      </Form.Item>
      <Form.Item name="title" label={t('program.title')} rules={[{ ...required[0], whitespace: true }]}>
        <Input.TextArea rows={2} maxLength={500} data-testid="field-title" />
      </Form.Item>
      <Form.Item name="parties" label={t('program.parties')} extra={t('program.partiesHint')} rules={required}>
        <Select
          mode="tags"
          tokenSeparators={[';']}
          options={suggestedParties.map((p) => ({ value: p, label: p }))}
          data-testid="field-parties"
        />
      </Form.Item>
      <Form.Item name="level" label={t('program.level')} rules={required}>
        <Select
          options={programLevels.map((l) => ({ value: l, label: t(`program.level.${l}`) }))}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item name="signedOn" label={t('program.signedOn')} rules={required}>
        <DatePicker format={DATE_FORMAT} disabledDate={isFuture} data-testid="field-signedOn" />
      </Form.Item>
      <Form.Item label={t('program.period')} style={{ marginBottom: 0 }}>
        <Form.Item name="periodFrom" rules={required} style={{ display: 'inline-block', marginInlineEnd: 8 }}>
          <InputNumber min={2000} max={2100} placeholder={t('program.periodFrom')} />
        </Form.Item>
        <Form.Item name="periodTo" rules={required} style={{ display: 'inline-block' }}>
          <InputNumber min={2000} max={2100} placeholder={t('program.periodTo')} />
        </Form.Item>
      </Form.Item>
      <Form.Item name="content" label={t('program.content')}>
        <Input.TextArea rows={4} maxLength={8000} />
      </Form.Item>
    </WriteFormModal>
  );
}
