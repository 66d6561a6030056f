import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tooltip } from 'antd';
import type { Criterion, MovementSetDefinition, SubItem } from '../../../common/criteria/schemas.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { move, newCriterion, newSubItem, syncParentPoints } from './draft.ts';
import { LineFields } from './LineFields.tsx';
import { RuleEditor } from './RuleEditor.tsx';

type Change = (fn: (d: MovementSetDefinition) => void) => void;

/** The criteria of a score table with their sub-items: add, remove, reorder, points, rules, provenance. */
export function CriteriaCard({
  def,
  change,
  readOnly,
  badPaths,
}: {
  def: MovementSetDefinition;
  change: Change;
  readOnly: boolean;
  badPaths: Set<string>;
}) {
  const t = useT();
  return (
    <Card title={t('criteria.criteriaTitle')} data-testid="criteria-card">
      <Flex vertical gap={12}>
        {def.criteria.map((c, i) => (
          <CriterionBlock
            // biome-ignore lint/suspicious/noArrayIndexKey: lines are edited in place; codes change as the user types
            key={`${i}-${def.criteria.length}`}
            c={c}
            i={i}
            count={def.criteria.length}
            change={change}
            readOnly={readOnly}
            badPaths={badPaths}
          />
        ))}
        {!readOnly && (
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => change((d) => void d.criteria.push(newCriterion(d.criteria)))}
            data-testid="add-criterion"
          >
            {t('criteria.addCriterion')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}

/** True when a live issue points at this line (the block gets a red edge). */
const flagged = (badPaths: Set<string>, path: string, code: string) =>
  [...badPaths].some((p) => p === path || p.startsWith(`${path}.`) || p === `rule:${code}`);

function CriterionBlock({
  c,
  i,
  count,
  change,
  readOnly,
  badPaths,
}: {
  c: Criterion;
  i: number;
  count: number;
  change: Change;
  readOnly: boolean;
  badPaths: Set<string>;
}) {
  const t = useT();
  const hasItems = (c.items?.length ?? 0) > 0;
  const edit = (fn: (x: Criterion) => void) => change((d) => fn(d.criteria[i]!));
  const bad = flagged(badPaths, `criteria.${i}`, c.code);
  return (
    <div
      data-testid={`criterion-${i}`}
      data-code={c.code}
      style={{
        border: `1px solid ${bad ? '#ff7875' : '#e5e8ef'}`,
        borderRadius: 8,
        padding: 12,
        background: '#fafbfd',
      }}
    >
      <LineFields
        line={c}
        path={`criteria.${i}`}
        testId={`criterion-${i}`}
        readOnly={readOnly}
        pointsLocked={hasItems}
        onEdit={(fn) => edit(fn)}
        tools={
          !readOnly && (
            <Flex gap={2}>
              <Tooltip title={t('criteria.moveUp')}>
                <Button
                  size="small"
                  type="text"
                  icon={<ArrowUpOutlined />}
                  disabled={i === 0}
                  onClick={() => change((d) => move(d.criteria, i, i - 1))}
                  aria-label={t('criteria.moveUp')}
                />
              </Tooltip>
              <Tooltip title={t('criteria.moveDown')}>
                <Button
                  size="small"
                  type="text"
                  icon={<ArrowDownOutlined />}
                  disabled={i === count - 1}
                  onClick={() => change((d) => move(d.criteria, i, i + 1))}
                  aria-label={t('criteria.moveDown')}
                />
              </Tooltip>
              <Tooltip title={t('criteria.remove')}>
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  disabled={count === 1}
                  onClick={() => change((d) => void d.criteria.splice(i, 1))}
                  aria-label={t('criteria.remove')}
                  data-testid={`criterion-${i}-remove`}
                />
              </Tooltip>
            </Flex>
          )
        }
      />
      {hasItems ? (
        <Flex vertical gap={8} style={{ marginTop: 8, paddingInlineStart: 24, borderInlineStart: '3px solid #dbe4f3' }}>
          {c.items!.map((item, j) => (
            <SubItemBlock
              // biome-ignore lint/suspicious/noArrayIndexKey: lines are edited in place; codes change as the user types
              key={`${j}-${c.items!.length}`}
              item={item}
              i={i}
              j={j}
              count={c.items!.length}
              change={change}
              readOnly={readOnly}
              badPaths={badPaths}
            />
          ))}
        </Flex>
      ) : (
        <div style={{ marginTop: 8 }}>
          <RuleEditor
            rule={c.rule ?? { type: 'manual' }}
            maxPoints={c.maxPoints}
            readOnly={readOnly}
            testId={`criterion-${i}-rule`}
            onChange={(rule) =>
              edit((x) => {
                x.rule = rule;
              })
            }
          />
        </div>
      )}
      {!readOnly && (
        <Button
          size="small"
          type="link"
          icon={<PlusOutlined />}
          style={{ marginTop: 4, paddingInline: 0 }}
          onClick={() =>
            edit((x) => {
              const first = !x.items?.length;
              x.items = [
                ...(x.items ?? []),
                { ...newSubItem(x), ...(first ? { maxPoints: x.maxPoints, rule: x.rule ?? { type: 'manual' } } : {}) },
              ];
              syncParentPoints(x);
            })
          }
          data-testid={`criterion-${i}-add-item`}
        >
          {t('criteria.addSubItem')}
        </Button>
      )}
    </div>
  );
}

function SubItemBlock({
  item,
  i,
  j,
  count,
  change,
  readOnly,
  badPaths,
}: {
  item: SubItem;
  i: number;
  j: number;
  count: number;
  change: Change;
  readOnly: boolean;
  badPaths: Set<string>;
}) {
  const t = useT();
  const editParent = (fn: (c: Criterion) => void) =>
    change((d) => {
      const c = d.criteria[i]!;
      fn(c);
      if (c.items?.length === 0) {
        delete c.items;
        c.rule = { type: 'manual' };
      }
      syncParentPoints(c);
    });
  const path = `criteria.${i}.items.${j}`;
  const bad = flagged(badPaths, path, item.code);
  return (
    <div
      data-testid={`item-${i}-${j}`}
      data-code={item.code}
      style={{ borderInlineStart: bad ? '3px solid #ff7875' : undefined, paddingInlineStart: bad ? 6 : 0 }}
    >
      <LineFields
        line={item}
        path={path}
        testId={`item-${i}-${j}`}
        readOnly={readOnly}
        onEdit={(fn) => editParent((c) => fn(c.items![j]!))}
        tools={
          !readOnly && (
            <Flex gap={2}>
              <Button
                size="small"
                type="text"
                icon={<ArrowUpOutlined />}
                disabled={j === 0}
                onClick={() => editParent((c) => move(c.items!, j, j - 1))}
                aria-label={t('criteria.moveUp')}
              />
              <Button
                size="small"
                type="text"
                icon={<ArrowDownOutlined />}
                disabled={j === count - 1}
                onClick={() => editParent((c) => move(c.items!, j, j + 1))}
                aria-label={t('criteria.moveDown')}
              />
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                onClick={() => editParent((c) => void c.items!.splice(j, 1))}
                aria-label={t('criteria.remove')}
                data-testid={`item-${i}-${j}-remove`}
              />
            </Flex>
          )
        }
      />
      <div style={{ marginTop: 6 }}>
        <RuleEditor
          rule={item.rule}
          maxPoints={item.maxPoints}
          readOnly={readOnly}
          testId={`item-${i}-${j}-rule`}
          onChange={(rule) =>
            editParent((c) => {
              c.items![j]!.rule = rule;
            })
          }
        />
      </div>
    </div>
  );
}
