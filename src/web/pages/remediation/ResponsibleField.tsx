import { useQuery } from '@tanstack/react-query';
import { Col, Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import type { Candidates } from '../../../common/steering-committee/schemas.ts';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import type { PlanValues } from './PlanFields.tsx';

/** The select's value for "someone else": a free-text name, as plans had before the committee registry. */
export const FREE_TEXT = 0;

/**
 * The responsible person of a plan: a member of the Steering Committees at or
 * above the unit (the one assigned to the unit is offered by default on a new
 * plan), or a free-text name and position.
 */
export function ResponsibleFields({
  unitId,
  current,
}: {
  unitId: number;
  /** the plan's linked member, shown even when no longer offered (left since) */
  current?: { id: number; name: string } | null;
}) {
  const t = useT();
  const form = Form.useFormInstance<PlanValues>();
  const chosen = Form.useWatch('responsibleMemberId', form);
  const query = useQuery({
    queryKey: ['steering-committee', 'responsible', unitId],
    queryFn: () => api.get<Candidates>('/api/steering-committees/responsible', { unitId }),
  });
  const data = query.data;
  useEffect(() => {
    // a new plan starts with the member assigned to the unit, once known
    if (data && form.getFieldValue('responsibleMemberId') === undefined) {
      form.setFieldValue('responsibleMemberId', data.responsible?.memberId ?? FREE_TEXT);
    }
  }, [data, form]);
  const options = (data?.candidates ?? []).map((c) => ({
    value: c.memberId,
    label: `${c.fullName}, ${t(`steeringCommittee.position.${c.position}`)} – ${c.committee.unit.name}${
      c.assigned ? ` (${t('remediation.responsibleAssigned')})` : ''
    }`,
  }));
  if (current && !options.some((o) => o.value === current.id))
    options.unshift({ value: current.id, label: current.name });
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  const free = chosen === FREE_TEXT;
  return (
    <>
      <Col xs={24} md={free ? 8 : 16}>
        <Form.Item
          name="responsibleMemberId"
          label={t('remediation.responsibleMember')}
          tooltip={t('remediation.responsibleMemberHint')}
        >
          <Select
            loading={query.isPending}
            showSearch={{ optionFilterProp: 'label' }}
            options={[...options, { value: FREE_TEXT, label: t('remediation.responsibleFreeText') }]}
            data-testid="remediation-member"
          />
        </Form.Item>
      </Col>
      {free && (
        <>
          <Col xs={24} md={8}>
            <Form.Item name="responsibleName" label={t('remediation.responsibleName')} rules={required}>
              <Input maxLength={200} data-testid="remediation-responsible" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="responsiblePosition" label={t('remediation.responsiblePosition')}>
              <Input
                maxLength={200}
                placeholder={t('remediation.positionPlaceholder')}
                data-testid="remediation-position"
              />
            </Form.Item>
          </Col>
        </>
      )}
    </>
  );
}

/** The responsible part of a plan body: the member, or the free-text name (for create, `null` is left out). */
export function responsibleBody(v: PlanValues, mode: 'create' | 'update') {
  if (v.responsibleMemberId && v.responsibleMemberId !== FREE_TEXT)
    return { responsibleMemberId: v.responsibleMemberId };
  return {
    ...(mode === 'update' ? { responsibleMemberId: null } : {}),
    responsibleName: v.responsibleName?.trim() ?? '',
    responsiblePosition: v.responsiblePosition?.trim() || (mode === 'update' ? '' : undefined),
  };
}
