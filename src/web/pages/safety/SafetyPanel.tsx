/** Placeholder until the panel lands (issue #3): the title of one unit for one year. */
export function SafetyPanel(_props: { unitId: number; year: number }) {
  return null;
}
