/** Placeholder until the page lands (issue #4). */
export function PublicLookupPage() {
  return null;
}
