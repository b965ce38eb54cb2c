import { clusterParamsFor, findClusters } from '../../geo/clusters/find-clusters.js';
import { bi } from '../bilingual.js';
import type { Indicator } from '../indicator-types.js';
import { type ClusterApplicant, type ClusterField, clusterDetails } from './cluster-details.js';
import { createInventorLinks, locationPoints, summariseLinks, unresolvedPlaces } from './inventor-links.js';

const TOP_PER_CLUSTER = 5;

export interface ClusterRow {
  [key: string]:
    | string
    | number
    | string[]
    | { place: string; count: number }[]
    | ClusterApplicant[]
    | ClusterField[];
  rank: number;
  /** The largest places joined with ' – ', e.g. 'Shenzhen – Dongguan – Guangzhou'. */
  name: string;
  lat: number;
  lon: number;
  /** Fractional units (sum of inventor weights) in the cluster. */
  count: number;
  /** Of all geocoded inventor weight, noise included. */
  share: number;
  countries: string[];
  places: { place: string; count: number }[];
  topApplicants: ClusterApplicant[];
  topFields: ClusterField[];
}

export const clusters: Indicator<ClusterRow> = {
  id: 'clusters',
  spec: {
    title: { en: 'Science and technology clusters (inventors)', zh: '创新集群（发明人地理聚类）' },
    description: {
      en: "WIPO GII-style clusters: inventor addresses geocoded to coordinates, each unit split equally over its inventor links (per publication, averaged over the unit's publications), clustered by weighted haversine DBSCAN regardless of borders. Inventor links without coordinates are unresolved: their fractions are not redistributed. Top applicants and WIPO fields of each cluster weight a unit by its inventor fraction in the cluster.",
      zh: '参照WIPO全球创新指数的创新集群：发明人地址地理编码为坐标，每个单元在其发明人之间平均分配，按加权球面距离DBSCAN聚类，不受行政边界限制。无坐标的发明人计为未解析，其份额不再分配。各集群的主要申请人和技术领域按单元在该集群中的发明人份额加权。',
    },
    formula:
      'w_(u,i) = 1 / (|P_u| · n_p) for inventor link i of publication p in unit u; cluster count = Σ of w over its locations; DBSCAN(eps km, minWeight)',
    counting: 'fractional',
    usesDateBasis: false,
  },
  async compute(context) {
    const links = await createInventorLinks(context);
    try {
      const summary = await summariseLinks(context, links.table);
      const unresolved = await unresolvedPlaces(context, links.table);
      const notes = unresolved.length
        ? [
            bi(
              `most frequent unresolved inventor places (links): ${unresolved.map((p) => p.en).join('; ')}`,
              `最常见的未解析发明人地址（记录数）：${unresolved.map((p) => p.zh).join('；')}`,
            ),
          ]
        : [];
      if (summary.coverage.covered === 0) {
        const why =
          summary.coverage.units === 0
            ? bi('no inventors in scope', '范围内没有发明人信息')
            : bi('no inventor address in scope has coordinates', '范围内没有发明人地址能定位到坐标');
        return { data: [], coverage: summary.coverage, notes, unsupported: why };
      }
      const points = await locationPoints(context, links.table);
      const params = clusterParamsFor(summary.resolvedWeight);
      const result = findClusters(points, params);
      const top = result.clusters.slice(0, context.params.top);
      const locationCluster = points.map(() => -1);
      for (const cluster of top) {
        for (const member of cluster.members) locationCluster[member] = cluster.rank;
      }
      const details = await clusterDetails(context, links.table, locationCluster, TOP_PER_CLUSTER);
      const data: ClusterRow[] = top.map((cluster) => ({
        rank: cluster.rank,
        name: cluster.name,
        lat: cluster.lat,
        lon: cluster.lon,
        count: cluster.count,
        share: cluster.share,
        countries: cluster.countries,
        places: cluster.places,
        topApplicants: details.applicants.get(cluster.rank) ?? [],
        topFields: details.fields.get(cluster.rank) ?? [],
      }));
      const clustered = ((result.clusteredWeight / (result.totalWeight || 1)) * 100).toFixed(1);
      const resolved = summary.resolvedWeight.toFixed(1);
      notes.push(
        bi(
          `${result.clusters.length} clusters, ${clustered} % of the geocoded inventor weight; ` +
            `${resolved} of ${summary.unitsWithInventors} units' inventor weight is geocoded`,
          `共 ${result.clusters.length} 个集群，覆盖已定位发明人权重的 ${clustered}%；` +
            `${summary.unitsWithInventors} 件有发明人的专利中，已定位的发明人权重折合 ${resolved} 件`,
        ),
      );
      return {
        data,
        coverage: summary.coverage,
        notes,
        parameters: {
          epsKm: params.epsKm,
          minWeight: params.minWeight,
          clustersFound: result.clusters.length,
          geocodedWeight: summary.resolvedWeight,
          unitsWithInventors: summary.unitsWithInventors,
        },
      };
    } finally {
      await links.release();
    }
  },
};
