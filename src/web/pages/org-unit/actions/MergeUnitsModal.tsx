import { Form, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import type { MergeUnitsBody, UnitDetail, UnitSummary } from '../../../../common/org-unit/schemas.ts';
import { api } from '../../../api/client.ts';
import { UnitListField } from '../../../components/UnitField.tsx';
import { toIsoDate } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { blankToUndefined, CodeNameFields, EffectiveDateField, NoteField, today } from './fields.tsx';
import { UnitFormModal } from './UnitFormModal.tsx';

type Values = {
  sourceIds: UnitSummary[];
  mode: 'keep' | 'new';
  target?: { code?: string; name: string; typeLabel?: string };
  effectiveDate: Dayjs;
  note?: string;
};

/**
 * Merges units of this unit's level: either into this unit (which keeps its
 * code), or together with this unit into a new unit under the same parent.
 */
export function MergeUnitsModal({ unit, onClose }: { unit: UnitDetail; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const submit = (v: Values) => {
    const others = v.sourceIds.map((u) => u.id);
    const body: MergeUnitsBody =
      v.mode === 'keep' || !v.target || unit.parentId === null
        ? {
            sourceIds: others,
            target: { id: unit.id },
            effectiveDate: toIsoDate(v.effectiveDate),
            note: blankToUndefined(v.note),
          }
        : {
            sourceIds: [unit.id, ...others],
            target: {
              parentId: unit.parentId,
              code: blankToUndefined(v.target.code),
              name: v.target.name.trim(),
              typeLabel: blankToUndefined(v.target.typeLabel),
            },
            effectiveDate: toIsoDate(v.effectiveDate),
            note: blankToUndefined(v.note),
          };
    return api.post<UnitDetail>('/api/units/merge', body);
  };
  const sameLevel = (_: unknown, list: UnitSummary[] | undefined) => {
    if (!list?.length) return Promise.reject(new Error(t('unit.mergeNeedSource')));
    if (list.some((u) => u.level !== unit.level || u.kind !== unit.kind)) {
      return Promise.reject(new Error(t('unit.mergeSameLevel')));
    }
    return Promise.resolve();
  };
  return (
    <UnitFormModal<Values>
      title={`${t('unit.actionMerge')} — ${unit.name}`}
      testId="unit-merge-form"
      width={640}
      submit={submit}
      onClose={onClose}
      onDone={(result) => result.id !== unit.id && navigate(`/units/${result.id}`)}
      initialValues={{ mode: 'keep', sourceIds: [], effectiveDate: today() }}
    >
      <Form.Item
        name="sourceIds"
        label={t('unit.mergeSources')}
        extra={t('unit.mergeSourcesHint')}
        rules={[{ validator: sameLevel }]}
        required
      >
        <UnitListField level={unit.level ?? undefined} exclude={[unit.id]} />
      </Form.Item>
      <Form.Item name="mode" label={t('unit.mergeResult')}>
        <Radio.Group
          options={[
            { value: 'keep', label: t('unit.mergeKeep') },
            { value: 'new', label: t('unit.mergeNew'), disabled: unit.parentId === null },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['mode']}>
        {({ getFieldValue }) =>
          getFieldValue('mode') === 'new' && (
            <>
              <Typography.Paragraph type="secondary">{t('unit.mergeNewHint')}</Typography.Paragraph>
              <CodeNameFields prefix={['target']} />
            </>
          )
        }
      </Form.Item>
      <EffectiveDateField />
      <NoteField />
    </UnitFormModal>
  );
}
