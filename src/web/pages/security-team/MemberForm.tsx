import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { MemberBody, MemberView, SecurityTeamDetail } from '../../../common/security-team/schemas.ts';
import { api } from '../../api/client.ts';
import { dayOf, isFuture, isoOf } from '../../components/registry/dates.ts';
import { useRegistryWrite } from '../../components/registry/useRegistry.ts';
import { WriteFormModal } from '../../components/WriteFormModal.tsx';
import { DATE_FORMAT } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';

const base = '/api/security-teams';
type Values = Omit<MemberBody, 'joinedOn'> & { joinedOn: Dayjs };

/** Adds a member to the team (no `member`) or corrects one, at the team's version. */
export function MemberFormModal({
  team,
  member,
  onClose,
}: {
  team: SecurityTeamDetail;
  member?: MemberView;
  onClose: () => void;
}) {
  const t = useT();
  const write = useRegistryWrite(base, (v: Values) => {
    const body = { ...v, joinedOn: isoOf(v.joinedOn), version: team.version };
    return member
      ? api.put<SecurityTeamDetail>(`${base}/${team.id}/members/${member.id}`, body)
      : api.post<SecurityTeamDetail>(`${base}/${team.id}/members`, body);
  });
  const required = [{ required: true, message: t('common.required') }];
  return (
    <WriteFormModal<Values, SecurityTeamDetail>
      title={member ? `${t('registry.edit')} — ${member.fullName}` : t('securityTeam.member.new')}
      testId="member-form"
      write={write}
      successText={t('registry.saved')}
      onClose={onClose}
      initialValues={
        member
          ? ({ ...member, joinedOn: dayOf(member.joinedOn) } as Partial<Values>)
          : { gender: 'male', role: 'member', joinedOn: dayjs() }
      }
    >
      <Form.Item
        name="fullName"
        label={t('securityTeam.member.fullName')}
        rules={[{ ...required[0], whitespace: true }]}
      >
        <Input maxLength={200} data-testid="field-fullName" />
      </Form.Item>
      <Form.Item name="gender" label={t('securityTeam.member.gender')} rules={required}>
        <Select
          options={(['male', 'female'] as const).map((g) => ({ value: g, label: t(`securityTeam.gender.${g}`) }))}
        />
      </Form.Item>
      <Form.Item name="birthYear" label={t('securityTeam.member.birthYear')}>
        <InputNumber min={1900} max={dayjs().year()} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name="role" label={t('securityTeam.member.role')} rules={required}>
        <Select
          data-testid="field-role"
          options={(['leader', 'deputy', 'member'] as const).map((r) => ({
            value: r,
            label: t(`securityTeam.role.${r}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="joinedOn" label={t('securityTeam.member.joinedOn')} rules={required}>
        <DatePicker format={DATE_FORMAT} disabledDate={isFuture} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="training" label={t('securityTeam.member.training')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item name="note" label={t('securityTeam.member.note')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </WriteFormModal>
  );
}

/** A member leaves the team (kept, with the date and reason). */
export function LeaveModal({
  team,
  member,
  onClose,
}: {
  team: SecurityTeamDetail;
  member: MemberView;
  onClose: () => void;
}) {
  const t = useT();
  const write = useRegistryWrite(base, (v: { leftOn: Dayjs; reason: string }) =>
    api.post(`${base}/${team.id}/members/${member.id}/leave`, {
      version: team.version,
      leftOn: isoOf(v.leftOn),
      reason: v.reason,
    }),
  );
  return (
    <WriteFormModal<{ leftOn: Dayjs; reason: string }, unknown>
      title={`${t('securityTeam.member.leave')} — ${member.fullName}`}
      testId="member-leave-form"
      write={write}
      successText={t('registry.saved')}
      onClose={onClose}
      initialValues={{ leftOn: dayjs() }}
      danger
    >
      <Form.Item
        name="leftOn"
        label={t('securityTeam.member.leftOn')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <DatePicker format={DATE_FORMAT} disabledDate={isFuture} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('registry.closeReason')}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </WriteFormModal>
  );
}
