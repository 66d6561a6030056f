/** Placeholder until the page lands (issue #3). */
export function EvaluationHomePage() {
  return null;
}
