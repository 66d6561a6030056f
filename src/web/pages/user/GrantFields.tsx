import { Form, Select } from 'antd';
import { roles } from '../../../common/permissions.ts';
import { UnitField } from '../../components/UnitField.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';

/** Role + unit, the two halves of a grant; `prefix` places them in a larger form. */
export function GrantFields({ prefix = [], required = true }: { prefix?: (string | number)[]; required?: boolean }) {
  const t = useT();
  const rules = [{ required, message: t('common.required') }];
  return (
    <>
      <Form.Item name={[...prefix, 'role']} label={t('user.role')} rules={rules}>
        <Select
          allowClear={!required}
          options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          data-testid="grant-role"
        />
      </Form.Item>
      <Form.Item name={[...prefix, 'unitId']} label={t('user.unit')} rules={rules}>
        <UnitField />
      </Form.Item>
    </>
  );
}
