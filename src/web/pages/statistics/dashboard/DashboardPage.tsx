/** The statistics dashboard (placeholder until built). */
export function DashboardPage() {
  return null;
}
