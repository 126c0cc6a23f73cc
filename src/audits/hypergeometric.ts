// Exact attribute-sampling probabilities, in logarithms so that populations of 100,000 and more
// stay exact enough without big integers.

const SMALL = 256;
const smallLogFactorials: number[] = [0];
for (let i = 1; i < SMALL; i++) smallLogFactorials[i] = smallLogFactorials[i - 1]! + Math.log(i);

/** ln(n!) for n ≥ 0: a table below 256, Stirling's series (error < 1e-13) above. */
export function logFactorial(n: number): number {
  if (n < SMALL) return smallLogFactorials[n]!;
  const inv = 1 / n;
  const inv2 = inv * inv;
  return (
    n * Math.log(n) -
    n +
    0.5 * Math.log(2 * Math.PI * n) +
    inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260)))
  );
}

const logChoose = (n: number, k: number) =>
  k < 0 || k > n ? -Infinity : logFactorial(n) - logFactorial(k) - logFactorial(n - k);

/**
 * P(X ≤ k) when n items are drawn without replacement from N that hold D deviations
 * (the hypergeometric distribution).
 */
export function hypergeometricCdf(
  k: number,
  population: number,
  deviations: number,
  n: number,
): number {
  const total = logChoose(population, n);
  let p = 0;
  for (let x = 0; x <= Math.min(k, n, deviations); x++) {
    p += Math.exp(logChoose(deviations, x) + logChoose(population - deviations, n - x) - total);
  }
  return Math.min(1, p);
}
