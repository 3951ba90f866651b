/** Where a step sits in the walkthrough and how to leave it; passed through to StepFrame. */
export interface StepPosition {
  current: number;
  total: number;
  onBack?: () => void;
  /** Set when the step was opened from a later one (the check, the review) and Next leads back there. */
  nextLabel?: string;
}
