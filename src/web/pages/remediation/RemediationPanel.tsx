/** Placeholder until the panel lands (issue #3): the remediation plan of one sheet. */
export function RemediationPanel(_props: { unitId: number; year: number }) {
  return null;
}
