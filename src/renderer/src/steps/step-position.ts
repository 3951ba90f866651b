/** Where a step sits in the walkthrough and how to leave it; passed through to StepFrame. */
export interface StepPosition {
  current: number;
  total: number;
  onBack?: () => void;
}
