import { Alert, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { MediatorView, TeamDetail } from '../../../common/mediation/schemas.ts';
import { api } from '../../api/client.ts';
import { UnitField } from '../../components/UnitField.tsx';
import { DATE_FORMAT, toIsoDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { FormModal } from './FormModal.tsx';
import { base, useTeams } from './useMediation.ts';

const iso = (d: Dayjs | null | undefined) => (d ? toIsoDate(d) : null);
const day = (s: string | null | undefined) => (s ? dayjs(s) : undefined);
const notFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');

export function DateField({ name, label, required }: { name: string; label: string; required?: boolean }) {
  const t = useT();
  return (
    <Form.Item name={name} label={label} rules={required ? [{ required: true, message: t('common.required') }] : []}>
      <DatePicker
        format={DATE_FORMAT}
        disabledDate={notFuture}
        style={{ width: '100%' }}
        data-testid={`field-${name}`}
      />
    </Form.Item>
  );
}

type TeamValues = { unitId: number | null; name: string; establishedOn?: Dayjs | null };

/** Create (no team) or edit a team; picking an area that already has a team shows a warning, not a refusal. */
export function TeamFormModal({
  team,
  onClose,
  onDone,
}: {
  team?: TeamDetail;
  onClose: () => void;
  onDone?: (t: TeamDetail) => void;
}) {
  const t = useT();
  const submit = (v: TeamValues) =>
    team
      ? api.patch<TeamDetail>(`${base}/teams/${team.id}`, {
          version: team.version,
          name: v.name,
          establishedOn: iso(v.establishedOn),
        })
      : api.post<TeamDetail>(`${base}/teams`, { unitId: v.unitId, name: v.name, establishedOn: iso(v.establishedOn) });
  return (
    <FormModal<TeamValues, TeamDetail>
      title={team ? `${t('mediation.editTeam')} — ${team.name}` : t('mediation.newTeam')}
      testId="mediation-team-form"
      submit={submit}
      onClose={onClose}
      onDone={onDone}
      initialValues={{ unitId: team?.unit.id ?? null, name: team?.name, establishedOn: day(team?.establishedOn) }}
    >
      {(form) => (
        <>
          {!team && (
            <>
              <Form.Item
                name="unitId"
                label={t('mediation.area')}
                rules={[{ required: true, message: t('common.required') }]}
              >
                <UnitField level="residentialArea" />
              </Form.Item>
              <Form.Item noStyle shouldUpdate>
                {() => <AreaHasTeam unitId={form.getFieldValue('unitId')} />}
              </Form.Item>
            </>
          )}
          <Form.Item
            name="name"
            label={t('mediation.teamName')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input maxLength={200} data-testid="field-name" />
          </Form.Item>
          <DateField name="establishedOn" label={t('mediation.establishedOn')} />
        </>
      )}
    </FormModal>
  );
}

function AreaHasTeam({ unitId }: { unitId: number | null }) {
  const t = useT();
  const teams = useTeams({ unitId: unitId ?? undefined, pageSize: 5 }, !!unitId);
  const count = unitId ? (teams.data?.items.filter((x) => x.unit.id === unitId).length ?? 0) : 0;
  if (!count) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={t('mediation.areaHasTeam', { count })}
      style={{ marginBottom: 16 }}
      data-testid="mediation-area-has-team"
    />
  );
}

export function DissolveModal({ team, onClose }: { team: TeamDetail; onClose: () => void }) {
  const t = useT();
  return (
    <FormModal<{ dissolvedOn: Dayjs }, TeamDetail>
      title={`${t('mediation.dissolve')} — ${team.name}`}
      testId="mediation-dissolve-form"
      danger
      submit={(v) =>
        api.post<TeamDetail>(`${base}/teams/${team.id}/dissolve`, {
          version: team.version,
          dissolvedOn: iso(v.dissolvedOn),
        })
      }
      onClose={onClose}
      initialValues={{ dissolvedOn: dayjs() }}
    >
      <Alert type="warning" showIcon title={t('mediation.dissolveWarning')} style={{ marginBottom: 16 }} />
      <DateField name="dissolvedOn" label={t('mediation.dissolvedOn')} required />
    </FormModal>
  );
}

type MediatorValues = {
  fullName: string;
  gender: 'female' | 'male';
  role: 'leader' | 'member';
  ethnicMinority?: string;
  joinedOn?: Dayjs | null;
};

/** Add (no mediator) or edit a mediator; the team's version guards both. */
export function MediatorFormModal({
  team,
  mediator,
  onClose,
}: {
  team: TeamDetail;
  mediator?: MediatorView;
  onClose: () => void;
}) {
  const t = useT();
  const submit = (v: MediatorValues) => {
    const body = { ...v, version: team.version, ethnicMinority: v.ethnicMinority || null, joinedOn: iso(v.joinedOn) };
    return mediator
      ? api.patch<TeamDetail>(`${base}/teams/${team.id}/mediators/${mediator.id}`, body)
      : api.post<TeamDetail>(`${base}/teams/${team.id}/mediators`, body);
  };
  return (
    <FormModal<MediatorValues, TeamDetail>
      title={mediator ? t('mediation.editMediator') : t('mediation.addMediator')}
      testId="mediation-mediator-form"
      submit={submit}
      onClose={onClose}
      initialValues={{
        fullName: mediator?.fullName,
        gender: mediator?.gender,
        role: mediator?.role ?? 'member',
        ethnicMinority: mediator?.ethnicMinority ?? undefined,
        joinedOn: day(mediator?.joinedOn),
      }}
    >
      <Form.Item
        name="fullName"
        label={t('mediation.fullName')}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      >
        <Input maxLength={200} data-testid="field-fullName" />
      </Form.Item>
      <Form.Item
        name="gender"
        label={t('mediation.gender')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Select
          data-testid="field-gender"
          options={(['female', 'male'] as const).map((g) => ({ value: g, label: t(`mediation.gender.${g}`) }))}
        />
      </Form.Item>
      <Form.Item name="role" label={t('mediation.role')}>
        <Select options={(['member', 'leader'] as const).map((r) => ({ value: r, label: t(`mediation.role.${r}`) }))} />
      </Form.Item>
      <Form.Item name="ethnicMinority" label={t('mediation.ethnicMinority')}>
        <Input maxLength={100} />
      </Form.Item>
      <DateField name="joinedOn" label={t('mediation.joinedOn')} />
    </FormModal>
  );
}

export function LeaveModal({
  team,
  mediator,
  onClose,
}: {
  team: TeamDetail;
  mediator: MediatorView;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <FormModal<{ leftOn: Dayjs }, TeamDetail>
      title={`${t('mediation.leave')} — ${mediator.fullName}`}
      testId="mediation-leave-form"
      danger
      submit={(v) =>
        api.post<TeamDetail>(`${base}/teams/${team.id}/mediators/${mediator.id}/leave`, {
          version: team.version,
          leftOn: iso(v.leftOn),
        })
      }
      onClose={onClose}
      initialValues={{ leftOn: dayjs() }}
    >
      <DateField name="leftOn" label={t('mediation.leftOn')} required />
    </FormModal>
  );
}
