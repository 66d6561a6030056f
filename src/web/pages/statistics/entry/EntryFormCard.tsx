import { Alert, App, Card, Flex, Progress, Table, Typography } from 'antd';
import { useState } from 'react';
import type { EntryForm, EntryIndicatorView } from '../../../../common/statistics/entry-schemas.ts';
import { isApiError, type Problem } from '../../../api/client.ts';
import { fieldPathOf } from '../../../api/forms.ts';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { formatDateTime, formatNumber } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../../i18n/messages.ts';
import { EntryActions } from './EntryActions.tsx';
import { EntryStatusTag } from './EntryStatusTag.tsx';
import { type EntryCommand, useEntryCommand } from './useEntry.ts';
import { ValueInput } from './ValueInput.tsx';

type Values = Record<string, number | null>;
const valuesOf = (f: EntryForm): Values => Object.fromEntries(f.indicators.map((i) => [i.code, i.value]));

/**
 * One unit's form for one period: a value per indicator, its status, and the
 * buttons the user may press. Mount it with a key on the unit and period; a
 * new version (saved, imported, changed by someone else) replaces the values
 * typed, and a message saying why stays on screen.
 */
export function EntryFormCard({ form }: { form: EntryForm }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [values, setValues] = useState<Values>(() => valuesOf(form));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [shownVersion, setShownVersion] = useState(form.version);
  if (shownVersion !== form.version) {
    // adjusting state while rendering (React's documented pattern) avoids a flash of the old values
    setShownVersion(form.version);
    setValues(valuesOf(form));
  }
  const command = useEntryCommand();
  const filled = form.indicators.filter((i) => values[i.code] != null).length;
  const dirty = form.indicators.some((i) => (values[i.code] ?? null) !== i.value);
  const ref = { unitId: form.unit.id, period: form.period.text, version: form.version };

  const run = async (c: EntryCommand, done: MessageKey) => {
    setProblem(null);
    setFieldErrors({});
    try {
      const next = await command.mutateAsync(c);
      message.success(t(done));
      return next;
    } catch (e) {
      if (!isApiError(e)) throw e;
      const errors: Record<string, string> = {};
      for (const err of e.problem.errors ?? []) {
        const path = fieldPathOf(err.path);
        if (path[0] === 'values' && typeof path[1] === 'string') errors[path[1]] = err.message;
      }
      setFieldErrors(errors);
      setProblem(
        e.status === 409 && e.problem.type.endsWith('stale')
          ? { ...e.problem, detail: t('statisticsEntry.stale') }
          : e.problem,
      );
      return null;
    }
  };
  const save = () => run({ action: 'save', ...ref, values }, 'statisticsEntry.saved');
  const submit = async () => {
    // unsaved changes go first, then the submission at the version the save returned
    const version = dirty ? (await save())?.version : form.version;
    if (version !== undefined) await run({ action: 'submit', ...ref, version }, 'statisticsEntry.submittedOk');
  };

  const name = (i: EntryIndicatorView) => (lang === 'en' ? i.nameEn : i.name);
  return (
    <Card
      data-testid="entry-form"
      title={
        <Flex gap={8} align="center" wrap>
          <span>{t('statisticsEntry.formTitle', { unit: form.unit.name, period: form.period.label })}</span>
          <EntryStatusTag status={form.status} />
        </Flex>
      }
      extra={
        <Progress
          percent={form.indicators.length ? Math.round((filled / form.indicators.length) * 100) : 0}
          size="small"
          style={{ width: 160 }}
          format={() => `${formatNumber(filled)}/${formatNumber(form.indicators.length)}`}
          data-testid="entry-progress"
        />
      }
    >
      <Flex vertical gap={12}>
        {form.status === 'returned' && form.returnReason && (
          <Alert
            type="warning"
            showIcon
            title={t('statisticsEntry.returnedBecause')}
            description={form.returnReason}
            data-testid="entry-return-reason"
          />
        )}
        <Stamps form={form} />
        <ProblemAlert problem={problem && { ...problem, errors: [] }} onClose={() => setProblem(null)} />
        {form.indicators.length === 0 ? (
          <Alert
            type="info"
            showIcon
            title={t(form.reporting ? 'statisticsEntry.noIndicators' : 'statisticsEntry.notReporting')}
            data-testid="entry-empty"
          />
        ) : (
          <Table<EntryIndicatorView>
            rowKey="code"
            size="small"
            pagination={false}
            dataSource={form.indicators}
            columns={[
              { key: 'no', title: t('statisticsEntry.no'), width: 56, render: (_, _i, n) => n + 1 },
              { key: 'name', title: t('statisticsEntry.indicator'), render: (_, i) => name(i) },
              {
                key: 'measure',
                title: t('statisticsEntry.measure'),
                width: 120,
                render: (_, i) => (lang === 'en' ? i.measureEn : i.measure),
              },
              {
                key: 'value',
                title: t('statisticsEntry.value'),
                width: 260,
                render: (_, i) => (
                  <Flex vertical gap={2}>
                    <ValueInput
                      value={values[i.code] ?? null}
                      onChange={(v) => setValues((prev) => ({ ...prev, [i.code]: v }))}
                      integer={i.integer}
                      disabled={!form.can.edit}
                      error={!!fieldErrors[i.code]}
                      ariaLabel={name(i)}
                      testId={`entry-value-${i.code}`}
                    />
                    {fieldErrors[i.code] && (
                      <Typography.Text type="danger" data-testid={`entry-error-${i.code}`}>
                        {fieldErrors[i.code]}
                      </Typography.Text>
                    )}
                  </Flex>
                ),
              },
            ]}
          />
        )}
        <EntryActions
          form={form}
          dirty={dirty}
          complete={form.indicators.length > 0 && filled === form.indicators.length}
          busy={command.isPending}
          onSave={save}
          onSubmit={submit}
          onApprove={() => run({ action: 'approve', ...ref }, 'statisticsEntry.approvedOk')}
          onReturn={(reason) => run({ action: 'return', ...ref, reason }, 'statisticsEntry.returnedOk')}
        />
      </Flex>
    </Card>
  );
}

function Stamps({ form }: { form: EntryForm }) {
  const { t } = useI18n();
  const parts = [
    form.submitted &&
      t('statisticsEntry.submittedBy', { at: formatDateTime(form.submitted.at), by: form.submitted.by ?? '—' }),
    form.approved &&
      t('statisticsEntry.approvedBy', { at: formatDateTime(form.approved.at), by: form.approved.by ?? '—' }),
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return <Typography.Text type="secondary">{parts.join(' · ')}</Typography.Text>;
}
