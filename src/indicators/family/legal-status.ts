import { bi } from '../bilingual.js';
import type { Indicator } from '../indicator-types.js';
import {
  DOCUMENT_STATUS_RANK,
  documentStatusSql,
  legalStatusSql,
  rankValues,
  STATUS_RANK,
} from './legal-status-sql.js';

export interface LegalStatusRow {
  [key: string]: string | number;
  status: string;
  count: number;
  share: number;
  /** legal-status: the status the source records; document-type: granted vs application from the documents. */
  basis: 'legal-status' | 'document-type';
}

export const legalStatus: Indicator<LegalStatusRow> = {
  id: 'legal-status',
  spec: {
    title: { en: 'Legal status', zh: '法律状态（有效/审中/失效）' },
    description: {
      en: 'Units in force, pending or lapsed where the source records a legal status; otherwise granted vs application-only from the document types (basis says which). A family takes the best status of its publications in scope: in force if any member is in force (or granted).',
      zh: '数据源记录法律状态时，按有效、审中、失效统计；否则按文献类型区分授权与仅申请（basis 字段注明口径）。同族取其成员中最有利的状态：任一成员有效（或已授权）即计为有效（授权）。',
    },
    formula: 'share = units with the status / units in scope',
    usesDateBasis: false,
    counting: 'whole',
    notes: [
      bi(
        'Legal-status values are normalised: ACTIVE, PATENTED, 有效, 授权 -> in-force; PENDING, 审中, 实质审查 -> pending; DISCONTINUED, EXPIRED, INACTIVE, 失效, 撤回, 驳回, 届满 -> lapsed; other values -> unknown; units with no recorded status -> not-recorded.',
        '法律状态值经过归一化：ACTIVE、PATENTED、有效、授权 -> 有效（in-force）；PENDING、审中、实质审查 -> 审中（pending）；DISCONTINUED、EXPIRED、INACTIVE、失效、撤回、驳回、届满 -> 失效（lapsed）；其他值 -> 未知（unknown）；无法律状态记录的专利 -> 未记录（not-recorded）。',
      ),
      bi(
        'A recorded status is a snapshot at the date of the source export, not at the data cut-off.',
        '记录的法律状态是数据源导出当日的状态，而非数据截止日的状态。',
      ),
      bi(
        'Document-type basis: granted = a grant, reissue or plant patent or a grant date in the family; then utility-model, design, application (applications only), other; no document type -> not-recorded.',
        '按文献类型口径：授权 = 同族中有授权文本、再颁专利或植物专利，或有授权日；其次为实用新型、外观设计、申请（仅有申请公开）、其他；无文献类型 -> 未记录（not-recorded）。',
      ),
    ],
  },
  async compute(context) {
    const { store, scope } = context;
    const recorded = await store.one<{ n: number }>(
      `SELECT count(DISTINCT s.unit_id) AS n FROM ${scope.pubs} s
       JOIN publications p ON p.publication_number = s.publication_number WHERE p.legal_status IS NOT NULL`,
    );
    const basis: LegalStatusRow['basis'] = Number(recorded?.n ?? 0) > 0 ? 'legal-status' : 'document-type';
    const statusSql = basis === 'legal-status' ? legalStatusSql('p.legal_status') : documentStatusSql('p');
    const ranks = rankValues(basis === 'legal-status' ? STATUS_RANK : DOCUMENT_STATUS_RANK);
    const rows = await store.all<{ status: string; n: number }>(
      `WITH member AS (
         SELECT s.unit_id, ${statusSql} AS status FROM ${scope.pubs} s
         JOIN publications p ON p.publication_number = s.publication_number),
       ranked AS (SELECT m.unit_id, arg_min(m.status, r.rank) AS status
         FROM member m JOIN (VALUES ${ranks}) r(status, rank) ON r.status = m.status GROUP BY m.unit_id)
       SELECT coalesce(r.status, 'not-recorded') AS status, count(*) AS n
       FROM ${scope.units} u LEFT JOIN ranked r USING (unit_id) GROUP BY 1 ORDER BY n DESC, status`,
    );
    const units = scope.unitCount;
    const covered = units - Number(rows.find((r) => r.status === 'not-recorded')?.n ?? 0);
    const coverage = {
      field:
        basis === 'legal-status'
          ? bi('units with a recorded legal status', '有法律状态记录的专利')
          : bi('units with a document type', '有文献类型信息的专利'),
      units,
      covered,
      share: units ? covered / units : 0,
    };
    if (covered === 0) {
      return {
        data: [],
        coverage,
        unsupported: bi(
          'no unit in scope has a legal status or a document type',
          '范围内没有专利具有法律状态或文献类型信息',
        ),
      };
    }
    return {
      coverage,
      notes:
        basis === 'document-type'
          ? [
              bi(
                'no legal status is recorded for the units in scope: granted vs application from the document types',
                '范围内的专利没有法律状态记录：按文献类型区分授权与申请',
              ),
            ]
          : [],
      data: rows.map((r) => ({ status: r.status, count: Number(r.n), share: Number(r.n) / units, basis })),
    };
  },
};
