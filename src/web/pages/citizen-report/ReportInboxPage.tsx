/** Placeholder until the page lands (issue #4). */
export function ReportInboxPage() {
  return null;
}
