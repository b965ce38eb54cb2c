// Patent offices: who files first where (origin), where the family goes next, which kinds each office
// publishes. Shares were tuned so that publications per office come out near CN 45 %, US 20 %, JP 8 %,
// WO 8 %, EP 6 %, KR 6 % and DE/GB/FR/IN/TW/others 7 % (see the README section on generate-store).

/** Origin of a family: share, applicant group, the office of its first filing, and where it extends to. */
export const ORIGINS = [
  { group: 'CN', share: 0.48, first: 'CN', next: ['US', 'WO', 'EP', 'JP'], apps: [0.88, 0.07, 0.03, 0.02] },
  {
    group: 'US',
    share: 0.118,
    first: 'US',
    next: ['WO', 'CN', 'EP', 'JP', 'KR'],
    apps: [0.5, 0.2, 0.14, 0.1, 0.06],
  },
  {
    group: 'JP',
    share: 0.14,
    first: 'JP',
    next: ['US', 'CN', 'WO', 'EP', 'KR'],
    apps: [0.7, 0.14, 0.1, 0.04, 0.02],
  },
  { group: 'KR', share: 0.11, first: 'KR', next: ['US', 'CN', 'WO', 'EP'], apps: [0.72, 0.16, 0.08, 0.04] },
  { group: 'DE', share: 0.03, first: 'DE', next: ['EP', 'WO', 'US', 'CN'], apps: [0.45, 0.25, 0.15, 0.15] },
  { group: 'EU', share: 0.03, first: 'EP', next: ['WO', 'US', 'CN', 'JP'], apps: [0.45, 0.25, 0.15, 0.15] },
  { group: 'GB', share: 0.01, first: 'GB', next: ['WO', 'EP', 'US'], apps: [0.5, 0.25, 0.15, 0.1] },
  { group: 'FR', share: 0.01, first: 'FR', next: ['WO', 'EP', 'US'], apps: [0.5, 0.25, 0.15, 0.1] },
  { group: 'TW', share: 0.012, first: 'TW', next: ['US', 'CN'], apps: [0.6, 0.25, 0.15] },
  { group: 'IN', share: 0.01, first: 'IN', next: ['WO', 'US'], apps: [0.75, 0.15, 0.1] },
  { group: 'XX', share: 0.013, first: 'CA', next: ['US', 'WO', 'AU'], apps: [0.6, 0.2, 0.1, 0.1] },
];

/**
 * Per office: kind of the application publication (null: grants only), kind of a grant with and without an
 * earlier application publication, chance that an application is granted, grant lag (days after filing:
 * base + uniform spread) and the share of applications published early (CN requests early publication).
 */
export const OFFICES = {
  CN: { a: 'A', b: 'B', b1: 'B', grant: 0.55, lagBase: 500, lagSpread: 900, early: 0.3 },
  US: { a: 'A1', b: 'B2', b1: 'B1', grant: 0.7, lagBase: 700, lagSpread: 900, early: 0, noA: 0.1 },
  EP: { a: 'A1', b: 'B1', b1: 'B1', grant: 0.5, lagBase: 1100, lagSpread: 1100, early: 0 },
  WO: { a: 'A1', b: null, grant: 0, early: 0 },
  JP: { a: 'A', b: null, grant: 0, early: 0 },
  KR: { a: 'A', b: null, grant: 0, early: 0 },
  DE: { a: 'A1', b: 'B4', b1: 'B3', grant: 0.3, lagBase: 700, lagSpread: 900, early: 0 },
  GB: { a: 'A', b: 'B', b1: 'B', grant: 0.3, lagBase: 700, lagSpread: 700, early: 0 },
  FR: { a: 'A1', b: 'B1', b1: 'B1', grant: 0.3, lagBase: 600, lagSpread: 600, early: 0 },
  TW: { a: 'A', b: 'B', b1: 'B', grant: 0.4, lagBase: 600, lagSpread: 700, early: 0 },
  IN: { a: 'A', b: null, grant: 0, early: 0 },
  CA: { a: 'A1', b: 'C', b1: 'C', grant: 0.4, lagBase: 1000, lagSpread: 900, early: 0 },
  AU: { a: 'A1', b: 'B2', b1: 'B2', grant: 0.5, lagBase: 800, lagSpread: 700, early: 0 },
};

/** Expected publications per office for one family (ignores the cut-off), for tuning the shares. */
export function expectedShares() {
  const perOffice = {};
  let total = 0;
  for (const o of ORIGINS) {
    o.apps.forEach((p, i) => {
      // i + 1 applications: the first filing and the first i offices of `next`.
      const offices = [o.first, ...o.next.slice(0, i)];
      for (const office of offices) {
        const k = OFFICES[office];
        const pubs = 1 - (k.noA ?? 0) + k.grant;
        perOffice[office] = (perOffice[office] ?? 0) + o.share * p * pubs;
        total += o.share * p * pubs;
      }
    });
  }
  return Object.fromEntries(
    Object.entries(perOffice)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => [k, +(v / total).toFixed(3)]),
  );
}
