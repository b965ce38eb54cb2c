/** How the family facts are read (createFamilyFacts), stated in every family indicator's definition. */
export const FAMILY_FACT_NOTES = [
  "A unit's family is read from all of the family's publications in the store, not only those in scope (unit = publication: the publication's family).",
  'Family size = the simple family size the source reports (largest over members); without one, the family publications in the store.',
  'Jurisdictions = offices of the family publications, of its priority claims, and the member jurisdictions the source reports; EP, WO and other regional offices count as offices.',
  'Home office = the origin country with the largest weight (applicant, else inventor countries), else the office of the earliest national priority claim, else of the earliest national publication; EP and WO are never a home. Overseas = any office other than home.',
  'PCT route = a WO publication, a WO priority claim or WO among the reported member jurisdictions.',
];
