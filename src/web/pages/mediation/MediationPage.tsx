/** Placeholder until the page lands (issue #4). */
export function MediationPage() {
  return null;
}
