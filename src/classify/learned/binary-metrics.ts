export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface BinaryMetrics {
  precision: number;
  recall: number;
  f1: number;
  confusion: Confusion;
  threshold: number;
}

/**
 * Precision, recall and F1 of the positive class at a threshold (score >= threshold is positive). A ratio
 * with nothing to divide is 0, as scikit-learn reports it.
 */
export function binaryMetrics(
  scores: ArrayLike<number>,
  labels: ArrayLike<0 | 1>,
  threshold: number,
): BinaryMetrics {
  const confusion: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (let i = 0; i < labels.length; i += 1) {
    const predicted = scores[i]! >= threshold;
    if (labels[i] === 1) predicted ? confusion.tp++ : confusion.fn++;
    else predicted ? confusion.fp++ : confusion.tn++;
  }
  const { tp, fp, fn } = confusion;
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, confusion, threshold };
}
