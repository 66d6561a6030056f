import { Card, Col, Form, Input, Radio, Row, Select, Space } from 'antd';
import type { CriteriaOwnerOption, CriteriaSetDefinition } from '../../../common/criteria/schemas.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { ProvenanceSelect, UnitTypesSelect } from './fields.tsx';

type Change = (fn: (d: CriteriaSetDefinition) => void) => void;

/** Kind, code, name, legal basis, unit types, provenance and the deadlines of a set. */
export function MetadataCard({
  def,
  change,
  readOnly,
  isNew,
  onKind,
  owners,
  owner,
  onOwner,
  badPaths,
}: {
  def: CriteriaSetDefinition;
  change: Change;
  readOnly: boolean;
  isNew: boolean;
  onKind: (k: CriteriaSetDefinition['kind']) => void;
  owners?: CriteriaOwnerOption[];
  owner?: number;
  onOwner: (id: number) => void;
  badPaths: Set<string>;
}) {
  const t = useT();
  const status = (path: string) => (badPaths.has(path) ? ('error' as const) : undefined);
  return (
    <Card title={t('criteria.metadataTitle')} data-testid="metadata-card">
      <Form layout="vertical" component="div">
        {isNew && (
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item label={t('criteria.kindLabel')}>
                <Radio.Group
                  value={def.kind}
                  onChange={(e) => onKind(e.target.value)}
                  options={(['movement', 'safety'] as const).map((k) => ({ value: k, label: t(`criteria.kind.${k}`) }))}
                  data-testid="set-kind"
                />
              </Form.Item>
            </Col>
            {(owners?.length ?? 0) > 0 && (
              <Col xs={24} md={12}>
                <Form.Item label={t('criteria.owner')}>
                  <Select
                    value={owner}
                    onChange={onOwner}
                    data-testid="set-owner"
                    options={owners!.map((o) => ({ value: o.id, label: o.ministry ? t('criteria.ministry') : o.name }))}
                  />
                </Form.Item>
              </Col>
            )}
          </Row>
        )}
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              label={t('criteria.setCode')}
              help={isNew ? t('criteria.setCodeHelp') : undefined}
              validateStatus={status('code')}
            >
              <Input
                value={def.code}
                disabled={readOnly || !isNew}
                onChange={(e) =>
                  change((d) => {
                    d.code = e.target.value.trim();
                  })
                }
                data-testid="set-code"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item label={t('criteria.setName')} validateStatus={status('name')}>
              <Input
                value={def.name}
                disabled={readOnly}
                onChange={(e) =>
                  change((d) => {
                    d.name = e.target.value;
                  })
                }
                data-testid="set-name"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('criteria.legalBasis')} validateStatus={status('legalBasis')}>
          <Input.TextArea
            value={def.legalBasis}
            disabled={readOnly}
            autoSize={{ minRows: 1, maxRows: 3 }}
            onChange={(e) =>
              change((d) => {
                d.legalBasis = e.target.value;
              })
            }
            data-testid="set-legal-basis"
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label={t('criteria.col.appliesTo')} validateStatus={status('appliesTo')}>
              <UnitTypesSelect
                value={def.appliesTo}
                disabled={readOnly}
                onChange={(v) =>
                  change((d) => {
                    d.appliesTo = v;
                  })
                }
              />
            </Form.Item>
          </Col>
          {def.kind === 'movement' ? (
            <Col xs={24} md={12}>
              <Form.Item
                label={t('criteria.decideBy')}
                help={t('criteria.monthDayHelp')}
                validateStatus={status('decideBy')}
              >
                <Input
                  value={def.decideBy}
                  disabled={readOnly}
                  placeholder="11-30"
                  style={{ width: 120 }}
                  onChange={(e) =>
                    change((d) => {
                      if (d.kind === 'movement') d.decideBy = e.target.value.trim();
                    })
                  }
                  data-testid="set-decide-by"
                />
              </Form.Item>
            </Col>
          ) : (
            <Col xs={24} md={12}>
              <Form.Item label={t('criteria.window')} help={t('criteria.windowHelp')}>
                <Space.Compact>
                  <Input
                    value={def.windowFrom}
                    disabled={readOnly}
                    style={{ width: 100 }}
                    status={status('windowFrom')}
                    onChange={(e) =>
                      change((d) => {
                        if (d.kind === 'safety') d.windowFrom = e.target.value.trim();
                      })
                    }
                  />
                  <Input
                    value={def.windowTo}
                    disabled={readOnly}
                    style={{ width: 100 }}
                    status={status('windowTo')}
                    onChange={(e) =>
                      change((d) => {
                        if (d.kind === 'safety') d.windowTo = e.target.value.trim();
                      })
                    }
                  />
                </Space.Compact>
              </Form.Item>
            </Col>
          )}
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item label={t('criteria.provenanceLabel')}>
              <ProvenanceSelect
                value={def.provenance}
                disabled={readOnly}
                onChange={(v) =>
                  change((d) => {
                    d.provenance = v;
                  })
                }
                testId="set-provenance"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item label={t('criteria.provenanceNote')}>
              <Input.TextArea
                value={def.provenanceNote ?? ''}
                disabled={readOnly}
                autoSize={{ minRows: 1, maxRows: 5 }}
                onChange={(e) =>
                  change((d) => {
                    d.provenanceNote = e.target.value || undefined;
                  })
                }
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Card>
  );
}
