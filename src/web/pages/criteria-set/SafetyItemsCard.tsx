import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Input, InputNumber } from 'antd';
import type { SafetySetDefinition } from '../../../common/criteria/schemas.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { move, nextCode } from './draft.ts';
import { ProvenanceSelect } from './fields.tsx';
import { ProvenanceTag } from './tags.tsx';

type Change = (fn: (d: SafetySetDefinition) => void) => void;

/** The items of a Circular 124 checklist: every one must be met; one may be computed by the system. */
export function SafetyItemsCard({
  def,
  change,
  readOnly,
}: {
  def: SafetySetDefinition;
  change: Change;
  readOnly: boolean;
}) {
  const t = useT();
  return (
    <Card title={t('criteria.itemsTitle')} data-testid="safety-items-card">
      <Flex vertical gap={10}>
        {def.items.map((item, i) => {
          const edit = (fn: (x: SafetySetDefinition['items'][number]) => void) => change((d) => fn(d.items[i]!));
          return (
            <Flex
              // biome-ignore lint/suspicious/noArrayIndexKey: items are edited in place
              key={i}
              vertical
              gap={6}
              style={{ border: '1px solid #e5e8ef', borderRadius: 8, padding: 10 }}
              data-testid={`safety-item-${i}`}
            >
              <Flex gap={8} wrap align="flex-start">
                <Input
                  value={item.code}
                  disabled={readOnly}
                  style={{ width: 70 }}
                  onChange={(e) =>
                    edit((x) => {
                      x.code = e.target.value;
                    })
                  }
                  aria-label={t('criteria.code')}
                />
                <Input.TextArea
                  value={item.text}
                  disabled={readOnly}
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  style={{ flex: '1 1 320px' }}
                  onChange={(e) =>
                    edit((x) => {
                      x.text = e.target.value;
                    })
                  }
                  aria-label={t('criteria.text')}
                />
                {!readOnly && (
                  <Flex gap={2}>
                    <Button
                      size="small"
                      type="text"
                      icon={<ArrowUpOutlined />}
                      disabled={i === 0}
                      onClick={() => change((d) => move(d.items, i, i - 1))}
                      aria-label={t('criteria.moveUp')}
                    />
                    <Button
                      size="small"
                      type="text"
                      icon={<ArrowDownOutlined />}
                      disabled={i === def.items.length - 1}
                      onClick={() => change((d) => move(d.items, i, i + 1))}
                      aria-label={t('criteria.moveDown')}
                    />
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      disabled={def.items.length === 1}
                      onClick={() => change((d) => void d.items.splice(i, 1))}
                      aria-label={t('criteria.remove')}
                    />
                  </Flex>
                )}
              </Flex>
              <Flex gap={8} wrap align="center">
                <ProvenanceTag value={item.provenance} />
                <ProvenanceSelect
                  value={item.provenance}
                  disabled={readOnly}
                  onChange={(v) =>
                    edit((x) => {
                      x.provenance = v;
                    })
                  }
                />
                <Input
                  value={item.source ?? ''}
                  disabled={readOnly}
                  placeholder={t('criteria.sourcePlaceholder')}
                  style={{ flex: '1 1 220px' }}
                  onChange={(e) =>
                    edit((x) => {
                      x.source = e.target.value || undefined;
                    })
                  }
                />
                <Checkbox
                  checked={!!item.computed}
                  disabled={readOnly}
                  onChange={(e) =>
                    edit((x) => {
                      if (e.target.checked) {
                        x.computed = 'subunitRecognitionShare';
                        x.minPercent ??= 70;
                      } else {
                        delete x.computed;
                        delete x.minPercent;
                      }
                    })
                  }
                >
                  {t('criteria.computedShare')}
                </Checkbox>
                {item.computed && (
                  <InputNumber
                    value={item.minPercent}
                    min={0}
                    max={100}
                    suffix="%"
                    disabled={readOnly}
                    style={{ width: 100 }}
                    onChange={(v) =>
                      edit((x) => {
                        x.minPercent = typeof v === 'number' ? v : 0;
                      })
                    }
                  />
                )}
              </Flex>
            </Flex>
          );
        })}
        {!readOnly && (
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() =>
              change((d) => void d.items.push({ code: nextCode(d.items), text: '', provenance: 'sample' }))
            }
          >
            {t('criteria.addItem')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
