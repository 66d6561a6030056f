import { PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import type { Grant } from '../../../common/auth/schemas.ts';
import type { UserView } from '../../../common/user/schemas.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useCan } from '../auth/useAuth.ts';
import { AddGrantModal, CreateUserModal } from './UserModals.tsx';
import { useRemoveGrant, useUsers } from './useUsers.ts';

export function UsersPage() {
  const t = useT();
  const can = useCan();
  const manage = can('user.manage');
  const [q, setQ] = useState('');
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const [granting, setGranting] = useState<UserView | null>(null);
  const users = useUsers({ q: q || undefined, ...page });

  const columns: TableColumnsType<UserView> = [
    { key: 'username', title: t('user.username'), dataIndex: 'username' },
    { key: 'name', title: t('user.displayName'), dataIndex: 'displayName' },
    { key: 'status', title: t('user.status'), render: (_, u) => <UserStatus user={u} /> },
    { key: 'grants', title: t('user.grants'), render: (_, u) => <GrantTags user={u} manage={manage} /> },
  ];
  if (manage) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      render: (_, u) => (
        <Button
          size="small"
          icon={<PlusOutlined />}
          onClick={() => setGranting(u)}
          data-testid={`grant-add-${u.username}`}
        >
          {t('user.addGrant')}
        </Button>
      ),
    });
  }

  return (
    <Card
      title={t('user.title')}
      extra={
        manage && (
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setCreating(true)} data-testid="user-create">
            {t('user.create')}
          </Button>
        )
      }
    >
      <Flex vertical gap={12}>
        <Input.Search
          allowClear
          placeholder={t('user.searchPlaceholder')}
          style={{ maxWidth: 360 }}
          onSearch={(v) => {
            setQ(v.trim());
            setPage((p) => ({ ...p, page: 1 }));
          }}
          data-testid="user-search"
        />
        <div data-testid="users-table">
          <Table<UserView>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={users.data?.items}
            loading={users.isFetching}
            scroll={{ x: 'max-content' }}
            locale={users.error ? { emptyText: users.error.message } : undefined}
            pagination={{
              current: page.page,
              pageSize: page.pageSize,
              total: users.data?.total ?? 0,
              showTotal: (total) => t('common.total', { total: formatNumber(total) }),
              onChange: (p, size) => setPage({ page: size === page.pageSize ? p : 1, pageSize: size }),
            }}
          />
        </div>
      </Flex>
      {creating && <CreateUserModal onClose={() => setCreating(false)} />}
      {granting && <AddGrantModal user={granting} onClose={() => setGranting(null)} />}
    </Card>
  );
}

function UserStatus({ user }: { user: UserView }) {
  const t = useT();
  return (
    <Flex gap={4} wrap>
      <Tag color={user.active ? 'green' : 'default'}>{user.active ? t('user.active') : t('user.inactive')}</Tag>
      {user.locked && <Tag color="red">{t('user.locked')}</Tag>}
    </Flex>
  );
}

function GrantTags({ user, manage }: { user: UserView; manage: boolean }) {
  const t = useT();
  const { modal, message } = App.useApp();
  const remove = useRemoveGrant();
  const confirmRemove = (g: Grant) =>
    modal.confirm({
      title: t('user.removeGrant'),
      content: t('user.removeGrantConfirm', { role: t(`role.${g.role}`), unit: g.unit.name }),
      okButtonProps: { danger: true },
      okText: t('user.removeGrant'),
      cancelText: t('common.cancel'),
      onOk: () =>
        remove
          .mutateAsync({ userId: user.id, grantId: g.id })
          .then(() => message.success(t('user.grantRemoved')))
          .catch((e: Error) => message.error(e.message)),
    });
  return (
    <Flex gap={4} wrap>
      {user.grants.map((g) => (
        <Tag
          key={g.id}
          color={g.role === 'admin' ? 'volcano' : 'blue'}
          closable={manage}
          onClose={(e) => {
            e.preventDefault();
            confirmRemove(g);
          }}
          data-testid={`grant-${g.id}`}
        >
          {t(`role.${g.role}`)} — {g.unit.name}
        </Tag>
      ))}
    </Flex>
  );
}
