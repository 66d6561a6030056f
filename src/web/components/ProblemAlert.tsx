import { Alert } from 'antd';
import type { Problem } from '../api/client.ts';

/** A problem the form could not attach to a field: title, detail and remaining field messages. */
export function ProblemAlert({ problem, onClose }: { problem: Problem | null; onClose?: () => void }) {
  if (!problem) return null;
  const lines = [problem.detail, ...(problem.errors ?? []).map((e) => e.message)].filter(Boolean);
  return (
    <Alert
      type="error"
      showIcon
      data-testid="problem-alert"
      title={problem.title}
      description={lines.length ? lines.map((l) => <div key={l}>{l}</div>) : undefined}
      closable={onClose ? { onClose } : false}
      style={{ marginBottom: 16 }}
    />
  );
}
