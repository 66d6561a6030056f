/** Placeholder until the page lands (issue #3). */
export function SheetPage() {
  return null;
}
