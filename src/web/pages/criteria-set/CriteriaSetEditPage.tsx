import {
  CopyOutlined,
  DownloadOutlined,
  HomeOutlined,
  SaveOutlined,
  StopOutlined,
  ThunderboltOutlined,
} from '@ant-design/icons';
import { Alert, App, Breadcrumb, Button, Card, Col, Flex, Row, Skeleton, Space, Tooltip, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { CriteriaSetDefinition, CriteriaSetDetail } from '../../../common/criteria/schemas.ts';
import { isApiError, type Problem } from '../../api/client.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { ClassificationCard, GatesCard } from './ClassificationCard.tsx';
import { CriteriaCard } from './CriteriaCard.tsx';
import { emptyMovement, emptySafety, liveIssues } from './draft.ts';
import { IssuesPanel } from './IssuesPanel.tsx';
import { MetadataCard } from './MetadataCard.tsx';
import { CriteriaTable, GatesList, MetadataView, SafetyItemsTable } from './ReadOnlyViews.tsx';
import { SafetyItemsCard } from './SafetyItemsCard.tsx';
import { InUseTag, ProvenanceTag, SetStatusTag } from './tags.tsx';
import {
  exportUrl,
  useCreateCriteriaSet,
  useCriteriaOwners,
  useCriteriaSet,
  useNewCriteriaVersion,
  useSetState,
  useUpdateCriteriaSet,
} from './useCriteriaSets.ts';

/** `/criteria-sets/new` starts an empty draft; `/criteria-sets/:id` opens a set, read-only unless it is an editable draft. */
export function CriteriaSetEditPage() {
  const param = useParams().id;
  const id = param === 'new' ? null : Number(param);
  const set = useCriteriaSet(id !== null && Number.isInteger(id) && id > 0 ? id : null);
  if (id === null) return <SetEditor key="new" detail={null} />;
  if (set.error) return <LoadError error={set.error} />;
  if (!set.data) return <Skeleton active />;
  return <SetEditor key={`${set.data.id}-${set.data.rowVersion}`} detail={set.data} />;
}

function SetEditor({ detail }: { detail: CriteriaSetDetail | null }) {
  const t = useT();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const [def, setDef] = useState<CriteriaSetDefinition>(() => structuredClone(detail?.definition ?? emptyMovement()));
  const [dirty, setDirty] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const owners = useCriteriaOwners(detail === null);
  const [owner, setOwner] = useState<number | undefined>();
  const readOnly = detail !== null && !detail.can.edit;
  const issues = useMemo(() => liveIssues(def), [def]);
  const badPaths = useMemo(() => new Set(issues.map((i) => i.path)), [issues]);
  const create = useCreateCriteriaSet();
  const update = useUpdateCriteriaSet(detail?.id ?? 0);
  const newVersion = useNewCriteriaVersion(detail?.id ?? 0);
  const activate = useSetState(detail?.id ?? 0, 'activate');
  const retire = useSetState(detail?.id ?? 0, 'retire');

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const change = (fn: (d: CriteriaSetDefinition) => void) => {
    setDef((prev) => {
      const next = structuredClone(prev);
      fn(next);
      return next;
    });
    setDirty(true);
  };
  const fail = (e: unknown) => {
    setProblem(isApiError(e) ? e.problem : { type: 'about:blank', title: String(e), status: 0 });
  };
  const save = () => {
    setProblem(null);
    if (detail === null)
      create.mutate(
        { ownerUnitId: owner ?? owners.data?.[0]?.id, definition: def },
        {
          onSuccess: (s) => {
            void message.success(t('criteria.saved'));
            navigate(`/criteria-sets/${s.id}`, { replace: true });
          },
          onError: fail,
        },
      );
    else
      update.mutate(
        { rowVersion: detail.rowVersion, definition: def },
        { onSuccess: () => void message.success(t('criteria.saved')), onError: fail },
      );
  };
  const copy = () =>
    newVersion.mutate(undefined, {
      onSuccess: (s) => {
        void message.success(t('criteria.newVersionMade', { code: s.code, version: s.version }));
        navigate(`/criteria-sets/${s.id}`);
      },
      onError: fail,
    });
  const doActivate = () =>
    modal.confirm({
      title: t('criteria.activateConfirm'),
      content: t('criteria.activateConfirmText'),
      onOk: () =>
        activate.mutate(detail!.rowVersion, {
          onSuccess: () => void message.success(t('criteria.activated')),
          onError: fail,
        }),
    });
  const doRetire = () =>
    modal.confirm({
      title: t('criteria.retireConfirm'),
      content: t('criteria.retireConfirmText'),
      onOk: () =>
        retire.mutate(detail!.rowVersion, {
          onSuccess: () => void message.success(t('criteria.retired')),
          onError: fail,
        }),
    });

  const saveBlocked = issues.some((i) => i.stage === 'save');
  const title = def.name || t('criteria.untitled');
  return (
    <Flex vertical gap={16} data-testid="criteria-set-editor" data-set-id={detail?.id ?? 'new'}>
      <Breadcrumb
        items={[
          {
            key: 'list',
            title: (
              <Link to="/criteria-sets">
                <HomeOutlined /> {t('nav.criteriaSets')}
              </Link>
            ),
          },
          { key: 'this', title: detail ? `${detail.code} · v${detail.version}` : t('criteria.new') },
        ]}
      />
      <Card>
        <Flex wrap justify="space-between" align="center" gap={12}>
          <Flex vertical gap={6}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="set-title">
              {title}
            </Typography.Title>
            <Flex wrap gap={6} align="center">
              {detail && <SetStatusTag status={detail.status} testId="set-status" />}
              {detail?.inUse && <InUseTag testId="set-in-use" />}
              <ProvenanceTag value={def.provenance} showVerified testId="set-provenance-tag" />
              {detail && (
                <Typography.Text type="secondary">
                  {detail.code} · v{detail.version} ·{' '}
                  {detail.ownerUnit ? detail.ownerUnit.name : t('criteria.ministry')}
                </Typography.Text>
              )}
              {dirty && <Typography.Text type="warning">{t('criteria.unsaved')}</Typography.Text>}
            </Flex>
          </Flex>
          <Space wrap>
            {!readOnly && (
              <Tooltip title={saveBlocked ? t('criteria.fixBeforeSave') : undefined}>
                <Button
                  type="primary"
                  icon={<SaveOutlined />}
                  onClick={save}
                  disabled={saveBlocked || (detail !== null && !dirty)}
                  loading={create.isPending || update.isPending}
                  data-testid="save-set"
                >
                  {t('criteria.saveDraft')}
                </Button>
              </Tooltip>
            )}
            {detail?.status === 'draft' && !readOnly && (
              <Tooltip
                title={
                  dirty ? t('criteria.saveFirst') : !detail.can.activate ? t('criteria.fixBeforeActivate') : undefined
                }
              >
                <Button
                  icon={<ThunderboltOutlined />}
                  onClick={doActivate}
                  disabled={dirty || !detail.can.activate}
                  loading={activate.isPending}
                  data-testid="activate-set"
                >
                  {t('criteria.activate')}
                </Button>
              </Tooltip>
            )}
            {detail?.can.newVersion && (
              <Button icon={<CopyOutlined />} onClick={copy} loading={newVersion.isPending} data-testid="new-version">
                {t('criteria.newVersion')}
              </Button>
            )}
            {detail && (
              <Button icon={<DownloadOutlined />} href={exportUrl(detail.id)} data-testid="export-set">
                {t('criteria.exportXlsx')}
              </Button>
            )}
            {detail?.can.retire && (
              <Button
                danger
                icon={<StopOutlined />}
                onClick={doRetire}
                loading={retire.isPending}
                data-testid="retire-set"
              >
                {t('criteria.retire')}
              </Button>
            )}
          </Space>
        </Flex>
      </Card>
      <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
      {def.provenance !== 'verified' && (
        <Alert
          type="warning"
          showIcon
          data-testid="set-provenance-alert"
          title={t(`criteria.provenanceAlert.${def.provenance}`)}
          description={def.provenanceNote}
        />
      )}
      {readOnly && detail && (
        <Alert
          type="info"
          showIcon
          data-testid="read-only"
          title={t(detail.inUse ? 'criteria.readOnlyInUse' : `criteria.readOnly.${detail.status}`)}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={readOnly ? 24 : 17}>
          <Flex vertical gap={16}>
            {readOnly ? (
              <MetadataView def={def} />
            ) : (
              <MetadataCard
                def={def}
                change={change}
                readOnly={readOnly}
                isNew={detail === null}
                onKind={(k) => {
                  setDef((d) => ({
                    ...(k === 'movement' ? emptyMovement() : emptySafety()),
                    code: d.code,
                    name: d.name,
                    legalBasis: d.legalBasis,
                  }));
                  setDirty(true);
                }}
                owners={owners.data}
                owner={owner ?? owners.data?.[0]?.id}
                onOwner={setOwner}
                badPaths={badPaths}
              />
            )}
            {def.kind === 'movement' ? (
              <>
                {readOnly ? (
                  <CriteriaTable def={def} />
                ) : (
                  <CriteriaCard def={def} change={change as never} readOnly={readOnly} badPaths={badPaths} />
                )}
                <ClassificationCard
                  def={def}
                  change={change as never}
                  readOnly={readOnly}
                  bad={badPaths.has('classification.thresholds')}
                />
                {readOnly ? (
                  <GatesList def={def} />
                ) : (
                  <GatesCard def={def} change={change as never} readOnly={readOnly} badPaths={badPaths} />
                )}
              </>
            ) : readOnly ? (
              <SafetyItemsTable def={def} />
            ) : (
              <SafetyItemsCard def={def} change={change as never} readOnly={readOnly} />
            )}
          </Flex>
        </Col>
        {!readOnly && (
          <Col xs={24} xl={7}>
            <div style={{ position: 'sticky', top: 16 }}>
              <IssuesPanel def={def} issues={issues} />
            </div>
          </Col>
        )}
      </Row>
    </Flex>
  );
}
