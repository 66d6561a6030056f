import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type {
  ActivityBody,
  ActivityView,
  ProgramDetail,
  ReviewBody,
  ReviewView,
} from '../../../common/coordination-program/schemas.ts';
import { activityStatuses, canMoveActivity, reviewKinds } from '../../../domain/coordination-program/rules.ts';
import { api } from '../../api/client.ts';
import { dayOf, isFuture, isoOf } from '../../components/registry/dates.ts';
import { useRegistryWrite } from '../../components/registry/useRegistry.ts';
import { WriteFormModal } from '../../components/WriteFormModal.tsx';
import { DATE_FORMAT } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { programsBase as base } from './ProgramForm.tsx';

type ActivityValues = Omit<ActivityBody, 'dueOn' | 'doneOn'> & { dueOn: Dayjs; doneOn?: Dayjs | null };

/** Adds an activity to a programme or edits one (status included), at the programme's version. */
export function ActivityFormModal({
  program,
  activity,
  onClose,
}: {
  program: ProgramDetail;
  activity?: ActivityView;
  onClose: () => void;
}) {
  const t = useT();
  const write = useRegistryWrite(base, (v: ActivityValues) => {
    const body = {
      ...v,
      dueOn: isoOf(v.dueOn),
      doneOn: v.status === 'done' ? isoOf(v.doneOn) : null,
      version: program.version,
    };
    return activity
      ? api.put<ProgramDetail>(`${base}/${program.id}/activities/${activity.id}`, body)
      : api.post<ProgramDetail>(`${base}/${program.id}/activities`, body);
  });
  const required = [{ required: true, message: t('common.required') }];
  // only the moves the server accepts are offered
  const statuses = activityStatuses.filter((s) => !activity || canMoveActivity(activity.status, s));
  return (
    <WriteFormModal<ActivityValues, ProgramDetail>
      title={activity ? `${t('registry.edit')} — ${activity.title}` : t('program.addActivity')}
      testId="activity-form"
      write={write}
      successText={t('registry.saved')}
      onClose={onClose}
      initialValues={
        activity
          ? { ...activity, dueOn: dayOf(activity.dueOn), doneOn: dayOf(activity.doneOn) ?? null }
          : { status: 'planned', responsibleParty: program.parties[0] }
      }
    >
      <Form.Item name="title" label={t('program.activity.title')} rules={[{ ...required[0], whitespace: true }]}>
        <Input.TextArea rows={2} maxLength={500} data-testid="field-activity-title" />
      </Form.Item>
      <Form.Item name="responsibleParty" label={t('program.activity.responsibleParty')} rules={required}>
        <Select options={program.parties.map((p) => ({ value: p, label: p }))} data-testid="field-responsibleParty" />
      </Form.Item>
      <Form.Item name="dueOn" label={t('program.activity.dueOn')} rules={required}>
        <DatePicker format={DATE_FORMAT} data-testid="field-dueOn" />
      </Form.Item>
      <Form.Item name="status" label={t('program.activity.status')} rules={required}>
        <Select
          options={statuses.map((s) => ({ value: s, label: t(`program.activity.status.${s}`) }))}
          style={{ width: 220 }}
        />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a, b) => a.status !== b.status}>
        {({ getFieldValue }) =>
          getFieldValue('status') === 'done' && (
            <Form.Item name="doneOn" label={t('program.activity.doneOn')} rules={required}>
              <DatePicker format={DATE_FORMAT} disabledDate={isFuture} />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item name="note" label={t('program.activity.note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </WriteFormModal>
  );
}

type ReviewValues = Omit<ReviewBody, 'heldOn'> & { heldOn: Dayjs };

/** Adds or edits a review (sơ kết / tổng kết) of a programme, at the programme's version. */
export function ReviewFormModal({
  program,
  review,
  onClose,
}: {
  program: ProgramDetail;
  review?: ReviewView;
  onClose: () => void;
}) {
  const t = useT();
  const write = useRegistryWrite(base, (v: ReviewValues) => {
    const body = { ...v, heldOn: isoOf(v.heldOn), version: program.version };
    return review
      ? api.put<ProgramDetail>(`${base}/${program.id}/reviews/${review.id}`, body)
      : api.post<ProgramDetail>(`${base}/${program.id}/reviews`, body);
  });
  const required = [{ required: true, message: t('common.required') }];
  return (
    <WriteFormModal<ReviewValues, ProgramDetail>
      title={review ? `${t('registry.edit')} — ${t(`program.review.kind.${review.kind}`)}` : t('program.addReview')}
      testId="review-form"
      write={write}
      successText={t('registry.saved')}
      onClose={onClose}
      initialValues={review ? { ...review, heldOn: dayOf(review.heldOn) } : { kind: 'interim' }}
    >
      <Form.Item name="kind" label={t('program.review.kind')} rules={required}>
        <Select
          options={reviewKinds.map((k) => ({ value: k, label: t(`program.review.kind.${k}`) }))}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item name="heldOn" label={t('program.review.heldOn')} rules={required}>
        <DatePicker format={DATE_FORMAT} disabledDate={isFuture} />
      </Form.Item>
      <Form.Item name="summary" label={t('program.review.summary')} rules={[{ ...required[0], whitespace: true }]}>
        <Input.TextArea rows={5} maxLength={8000} />
      </Form.Item>
    </WriteFormModal>
  );
}
