import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { UnitSummary } from '../../../common/org-unit/schemas.ts';
import type {
  CommitteeMemberView,
  MemberPosition,
  SteeringCommitteeDetail,
} from '../../../common/steering-committee/schemas.ts';
import { api } from '../../api/client.ts';
import { useRegistryWrite } from '../../components/registry/useRegistry.ts';
import { UnitListField } from '../../components/UnitField.tsx';
import { WriteFormModal } from '../../components/WriteFormModal.tsx';
import { DATE_FORMAT, toIsoDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';

const base = '/api/steering-committees';
export const positions: MemberPosition[] = ['head', 'standingDeputy', 'deputy', 'member', 'secretary'];

type MemberValues = {
  fullName: string;
  position: MemberPosition;
  title?: string | null;
  organization?: string | null;
  phone?: string | null;
  joinedOn: Dayjs;
};

/** Adds a member to the committee (no `member`) or edits one. */
export function MemberFormModal({
  committee,
  member,
  onClose,
}: {
  committee: SteeringCommitteeDetail;
  member?: CommitteeMemberView;
  onClose: () => void;
}) {
  const t = useT();
  const req = [{ required: true, message: t('common.required') }];
  const write = useRegistryWrite(base, (v: MemberValues) => {
    const body = { ...v, joinedOn: toIsoDate(v.joinedOn), version: committee.version };
    return member
      ? api.put<SteeringCommitteeDetail>(`${base}/${committee.id}/members/${member.id}`, body)
      : api.post<SteeringCommitteeDetail>(`${base}/${committee.id}/members`, body);
  });
  return (
    <WriteFormModal<MemberValues, SteeringCommitteeDetail>
      title={member ? `${t('registry.edit')} — ${member.fullName}` : t('steeringCommittee.addMember')}
      testId="committee-member-form"
      write={write}
      successText={t('registry.saved')}
      onClose={onClose}
      initialValues={
        member
          ? { ...member, joinedOn: dayjs(member.joinedOn) }
          : { position: 'member', joinedOn: dayjs(committee.establishedOn) }
      }
    >
      <Form.Item name="fullName" label={t('steeringCommittee.fullName')} rules={req}>
        <Input maxLength={200} data-testid="field-fullName" />
      </Form.Item>
      <Form.Item name="position" label={t('steeringCommittee.position')} rules={req}>
        <Select
          options={positions.map((p) => ({ value: p, label: t(`steeringCommittee.position.${p}`) }))}
          data-testid="field-position"
        />
      </Form.Item>
      <Form.Item name="title" label={t('steeringCommittee.title')} tooltip={t('steeringCommittee.titleHint')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="organization" label={t('steeringCommittee.organization')}>
        <Input maxLength={200} placeholder={t('steeringCommittee.organizationPlaceholder')} />
      </Form.Item>
      <Form.Item name="phone" label={t('steeringCommittee.phone')}>
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item name="joinedOn" label={t('steeringCommittee.joinedOn')} rules={req}>
        <DatePicker format={DATE_FORMAT} />
      </Form.Item>
    </WriteFormModal>
  );
}

/** Records a member leaving (never deleted); their assignments end the same day. */
export function LeaveModal({
  committee,
  member,
  onClose,
}: {
  committee: SteeringCommitteeDetail;
  member: CommitteeMemberView;
  onClose: () => void;
}) {
  const t = useT();
  const req = [{ required: true, message: t('common.required') }];
  const write = useRegistryWrite(base, (v: { leftOn: Dayjs; reason?: string }) =>
    api.post<SteeringCommitteeDetail>(`${base}/${committee.id}/members/${member.id}/leave`, {
      leftOn: toIsoDate(v.leftOn),
      reason: v.reason,
      version: committee.version,
    }),
  );
  return (
    <WriteFormModal
      title={`${t('steeringCommittee.leave')} — ${member.fullName}`}
      testId="committee-leave-form"
      write={write}
      successText={t('registry.saved')}
      onClose={onClose}
      danger
      initialValues={{ leftOn: dayjs() }}
    >
      <Form.Item name="leftOn" label={t('steeringCommittee.leftOn')} rules={req}>
        <DatePicker format={DATE_FORMAT} />
      </Form.Item>
      <Form.Item name="reason" label={t('steeringCommittee.leftReason')}>
        <Input maxLength={500} />
      </Form.Item>
    </WriteFormModal>
  );
}

type AssignValues = { memberId: number; units: UnitSummary[]; assignedOn: Dayjs };

/** Makes an active member responsible for units of the committee's area. */
export function AssignModal({ committee, onClose }: { committee: SteeringCommitteeDetail; onClose: () => void }) {
  const t = useT();
  const req = [{ required: true, message: t('common.required') }];
  const write = useRegistryWrite(base, (v: AssignValues) =>
    api.post<SteeringCommitteeDetail>(`${base}/${committee.id}/assignments`, {
      memberId: v.memberId,
      unitIds: (v.units ?? []).map((u) => u.id),
      assignedOn: toIsoDate(v.assignedOn),
      version: committee.version,
    }),
  );
  const active = committee.members.filter((m) => !m.leftOn);
  return (
    <WriteFormModal<AssignValues, SteeringCommitteeDetail>
      title={t('steeringCommittee.assign')}
      testId="committee-assign-form"
      write={write}
      successText={t('registry.saved')}
      onClose={onClose}
      initialValues={{ assignedOn: dayjs(), units: [] }}
    >
      <Form.Item name="memberId" label={t('steeringCommittee.member')} rules={req}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={active.map((m) => ({
            value: m.id,
            label: `${m.fullName} (${t(`steeringCommittee.position.${m.position}`)})`,
          }))}
          data-testid="field-member"
        />
      </Form.Item>
      <Form.Item
        name="units"
        label={t('steeringCommittee.units')}
        tooltip={t('steeringCommittee.unitsHint')}
        rules={[{ required: true, type: 'array', min: 1, message: t('common.required') }]}
      >
        <UnitListField />
      </Form.Item>
      <Form.Item name="assignedOn" label={t('steeringCommittee.assignedOn')} rules={req}>
        <DatePicker format={DATE_FORMAT} />
      </Form.Item>
    </WriteFormModal>
  );
}
