import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { SecurityTeamDetail } from '../../../common/security-team/schemas.ts';
import { api } from '../../api/client.ts';
import { dayOf, isFuture, isoOf } from '../../components/registry/dates.ts';
import { useRegistryWrite } from '../../components/registry/useRegistry.ts';
import { UnitField } from '../../components/UnitField.tsx';
import { WriteFormModal } from '../../components/WriteFormModal.tsx';
import { DATE_FORMAT } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useUnit, useUnitList } from '../org-unit/useUnits.ts';

const base = '/api/security-teams';
type Values = {
  unitId?: number;
  name: string;
  establishedOn: Dayjs;
  decisionNumber?: string;
  coveredUnitIds?: number[];
};

/** Adds a team (no `team`) or edits one at the version shown; covered areas come from the team's commune. */
export function TeamFormModal({
  team,
  onClose,
  onDone,
}: {
  team?: SecurityTeamDetail;
  onClose: () => void;
  onDone?: (t: SecurityTeamDetail) => void;
}) {
  const t = useT();
  const write = useRegistryWrite(base, (v: Values) => {
    const body = { ...v, establishedOn: isoOf(v.establishedOn) };
    return team
      ? api.put<SecurityTeamDetail>(`${base}/${team.id}`, { ...body, version: team.version })
      : api.post<SecurityTeamDetail>(base, body);
  });
  return (
    <WriteFormModal<Values, SecurityTeamDetail>
      title={team ? `${t('registry.edit')} — ${team.name}` : t('securityTeam.new')}
      testId="security-team-form"
      write={write}
      successText={t('registry.saved')}
      onClose={onClose}
      onDone={onDone}
      initialValues={
        team
          ? { ...team, establishedOn: dayOf(team.establishedOn), decisionNumber: team.decisionNumber ?? undefined }
          : {}
      }
    >
      {(form) => (
        <>
          {!team && (
            <Form.Item
              name="unitId"
              label={t('registry.unit')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <UnitField />
            </Form.Item>
          )}
          <Form.Item
            name="name"
            label={t('securityTeam.name')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input maxLength={200} data-testid="field-name" />
          </Form.Item>
          <Form.Item
            name="establishedOn"
            label={t('securityTeam.establishedOn')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <DatePicker format={DATE_FORMAT} disabledDate={isFuture} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="decisionNumber" label={t('securityTeam.decisionNumber')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item noStyle dependencies={['unitId']}>
            {() => <CoveredField unitId={team?.unit.id ?? form.getFieldValue('unitId')} />}
          </Form.Item>
        </>
      )}
    </WriteFormModal>
  );
}

/** The residential areas of the chosen unit's commune, to pick those the team covers. */
function CoveredField({ unitId }: { unitId?: number }) {
  const t = useT();
  const unit = useUnit(unitId);
  const communeId = unit.data?.level === 'commune' ? unit.data.id : (unit.data?.parentId ?? undefined);
  const areas = useUnitList(
    { parentId: communeId, level: 'residentialArea', pageSize: 200, group: 'administrative' },
    !!communeId,
  );
  return (
    <Form.Item name="coveredUnitIds" label={t('securityTeam.covered')} extra={t('securityTeam.coveredHint')}>
      <Select
        mode="multiple"
        allowClear
        disabled={!communeId}
        loading={areas.isFetching}
        optionFilterProp="label"
        options={(areas.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
        data-testid="field-covered"
      />
    </Form.Item>
  );
}
