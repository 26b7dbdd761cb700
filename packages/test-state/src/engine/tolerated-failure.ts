/**
 * Map's tolerated-failure rule: the run fails with States.ExceedToleratedFailureThreshold when more
 * iterations failed than ToleratedFailureCount allows, or a larger share than
 * ToleratedFailurePercentage. With neither set, any failed iteration fails the run.
 */
export function exceedsToleratedFailure(
  failedCount: number,
  total: number,
  toleratedFailureCount: number | undefined,
  toleratedFailurePercentage: number | undefined,
): boolean {
  if (failedCount <= 0) return false;
  if (toleratedFailureCount === undefined && toleratedFailurePercentage === undefined) return true;
  if (toleratedFailureCount !== undefined && failedCount > toleratedFailureCount) return true;
  if (toleratedFailurePercentage !== undefined) {
    const share = total === 0 ? 0 : (failedCount / total) * 100;
    if (share > toleratedFailurePercentage) return true;
  }
  return false;
}

export const TOLERATED_FAILURE_CAUSE = 'The specified tolerated failure threshold was exceeded';
