import type { EffectId } from '../../../classify/effects/lexicon-schema.js';
import type { ScoringFactor } from './scoring-schema.js';

const EFFECT_ZH: Record<EffectId, string> = {
  accuracy: '准确性',
  efficiency: '效率',
  cost: '成本',
  energy: '能耗',
  latency: '时延',
  reliability: '可靠性',
  security_privacy: '安全与隐私',
  user_experience: '用户体验',
  automation: '自动化',
};

/**
 * What a factor's measure computes, in Chinese: stands in for the scoring file's `source` when that is written in
 * English only (the shipped file and most user files), so the zh report never quotes an English sentence.
 */
export function measureDescriptionZh(factor: ScoringFactor): string {
  const years = factor.years ?? 3;
  switch (factor.measure) {
    case 'recent-activity':
      return `按日期口径的年份计：近${years}个完整年份的专利占该申请人专利的比例`;
    case 'overseas-share':
      return '按各公开文本的受理局及同族布局计：在申请人本国以外申请的专利占比（WO、EP计为海外）；无法确定本国时，为布局两个及以上国家/地区的专利占比';
    case 'scale':
      return 'ln(1 + 该申请人在范围内的专利数)';
    case 'claims-ratio':
      return '权利要求数（取专利各公开文本中的最大值）：该申请人的平均值 / 范围内全部专利的平均值';
    case 'quality':
      return '专利质量指标的质量指数 quality_index（0-1）：该申请人的平均值';
    case 'technical-effects':
      return `陈述了${(factor.effects ?? []).map((e) => EFFECT_ZH[e]).join('、')}改进的专利占比（技术功效由 patlas effects 标引）`;
    case 'growth':
      return `该申请人近${years}个完整年份与此前${years}年专利数之间的年均复合增长率：((近期 + 1) / (此前 + 1))^(1/${years}) - 1（加1使新进入者的增长率有限）`;
    case 'citations':
      return '专利各公开文本的被引次数（数据库中的引用更多时取后者）：该申请人每件专利的平均值（未按专利年龄调整）';
    case 'cooperation':
      return '该申请人的专利中有两个及以上不同归一化申请人的比例';
  }
}
