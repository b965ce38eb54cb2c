// citations: ncit backward citations per publication (0-30, more for US) to earlier publications of the
// store (smaller idx). Popularity is skewed: 6 % of citations go to "super hubs" (idx multiple of 10,007),
// 25 % to hubs (multiple of 97), the rest uniformly back in time with a bias to recent ones; 4 % are NPL.
import { pick } from './sql.mjs';

const NPL_AUTHORS = [
  'Smith J.',
  'Wang L.',
  'He K.',
  'Vaswani A.',
  'Li Y.',
  'Zhang X.',
  'Tanaka H.',
  'Kim S.',
  'Müller T.',
];
const NPL_TOPICS = [
  'Deep residual learning for image recognition',
  'Attention is all you need',
  'A survey on federated learning',
  'Graph neural networks: a review',
  'Robust speech recognition in noisy environments',
  'Object detection with transformers',
];
const NPL_VENUES = [
  'IEEE Trans. Pattern Anal. Mach. Intell.',
  'Proc. CVPR',
  'NeurIPS',
  '计算机学报',
  'arXiv preprint',
  'Proc. ACL',
];

/** Insert the citations of publications [lo, hi). */
export function citationsSql(lo, hi) {
  const k = 'c.idx * 32 + c.s';
  const kt = 't.idx * 32 + t.s';
  return `INSERT INTO citations
    WITH c AS (SELECT idx, publication_number, office, unnest(range(ncit)) AS s FROM gen_pub WHERE idx >= ${lo} AND idx < ${hi}),
    t AS (SELECT c.*, u(${k}, 41) AS v, u(${k}, 42) AS w,
      CASE WHEN u(${k}, 41) < 0.04 THEN NULL
        WHEN u(${k}, 41) < 0.10 THEN floor(c.idx * sqrt(u(${k}, 42)) / 10007) * 10007
        WHEN u(${k}, 41) < 0.35 THEN floor(c.idx * pow(u(${k}, 42), 0.7) / 97) * 97
        ELSE floor(c.idx * pow(u(${k}, 42), 0.4)) END::INTEGER AS cited
      FROM c)
    SELECT t.publication_number, (t.s + 1)::INTEGER,
      CASE WHEN t.cited IS NULL THEN 'npl' ELSE 'patent' END,
      q.publication_number, q.publication_number,
      CASE WHEN t.cited IS NULL THEN ${pick(NPL_AUTHORS, `h(${kt}, 43)`)} || ' et al., "' || ${pick(NPL_TOPICS, `h(${kt}, 44)`)}
        || '", ' || ${pick(NPL_VENUES, `h(${kt}, 45)`)} || ', ' || (2005 + (h(${kt}, 46) % 20))::VARCHAR END,
      NULL,
      CASE WHEN t.office = 'US' THEN CASE WHEN t.w < 0.45 THEN 'examiner' ELSE 'applicant' END
        WHEN t.office IN ('EP', 'WO') THEN 'search report' END
    FROM t LEFT JOIN gen_pub q ON q.idx = t.cited`;
}
