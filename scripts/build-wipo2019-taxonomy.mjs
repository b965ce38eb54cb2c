// Builds data/taxonomies/wipo2019.yaml from the CSET / 1790 Analytics adaptation of the WIPO Technology
// Trends 2019 AI search strategy (../shared/data/reference/wipo2019_ai_query_cset_adaptation.json).
//   node scripts/build-wipo2019-taxonomy.mjs           write the YAML
//   node scripts/build-wipo2019-taxonomy.mjs --check   exit 1 when the committed YAML differs
// The output is committed, so Patlas does not need ../shared at run time. Every change made to the
// reference codes is listed in FIXES and repeated in the rule notes and in data/taxonomies/SOURCES.md.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REFERENCE = path.resolve(repoRoot, '../shared/data/reference/wipo2019_ai_query_cset_adaptation.json');
const OUTPUT = path.resolve(repoRoot, 'data/taxonomies/wipo2019.yaml');

/** Reference codes that are not valid or not what was meant, with the pattern written instead and why. */
const FIXES = {
  '>=F03G* AND <=F02H*': {
    to: 'F03G*-F03H*',
    why: 'the reference range >=F03G* AND <=F02H* runs backwards and F02H does not exist; read as F03G-F03H (F03 motors except F03D wind motors, which is in Energy Management; F03B-F03C is listed beside it)',
  },
  '>=H04L 31/04* AND <=H01L 31/07*': {
    to: 'H01L31/04*-H01L31/07*',
    why: 'the reference range >=H04L 31/04* AND <=H01L 31/07* runs backwards and H04L 31 does not exist; read as H01L 31/04-31/078 (photovoltaic cells, which belong in Energy Management)',
  },
  'H01N 21/4663': {
    to: 'H04N21/4663',
    why: 'H01N does not exist; H04N 21/4663 (content distribution using probabilistic methods) is the universe code of the same title',
  },
  'A4*': {
    to: 'A41-A47',
    why: 'A4* (every class starting A4) written as the range of the classes that exist, A41-A47',
  },
  'G06N 3/02-126 (IPC=G06N 3/02-12)': {
    to: 'G06N3/02*-G06N3/126*',
    why: 'CPC G06N 3/02-3/126; the IPC range G06N 3/02-3/12 lies inside it',
  },
  'G06N 7/00-06 (IPC=G06N 7/02-06)': {
    to: 'G06N7/00-G06N7/06*',
    why: 'CPC G06N 7/00-7/06; the IPC range G06N 7/02-7/06 lies inside it (an IPC G06N 7/00 also matches)',
  },
};

/** Reference category key -> [id (kebab-case of CSET's column name, see SOURCES.md), English, Chinese]. */
const CATEGORIES = {
  '30:Logic Programming': ['logic-programming', 'Logic programming', '逻辑编程'],
  '31:Fuzzy Logic': ['fuzzy-logic', 'Fuzzy logic', '模糊逻辑'],
  '32:Probabilistic Reasoning': ['probabilistic-reasoning', 'Probabilistic reasoning', '概率推理'],
  '33:Ontology Engineering': ['ontology-engineering', 'Ontology engineering', '本体工程'],
  '34:Machine Learning': ['machine-learning', 'Machine learning', '机器学习'],
  '35:Search Methods': ['search-methods', 'Search methods', '搜索方法'],
  '36:Generic/Unspecified': ['generic-and-unspecified', 'Generic / unspecified', '通用/未指明'],
  '20:Language Processing': ['language-processing', 'Language processing', '语言处理'],
  '21:Speech Processing': ['speech-processing', 'Speech processing', '语音处理'],
  '22:Knowledge Representation': ['knowledge-representation', 'Knowledge representation', '知识表示'],
  '23:Planning/Scheduling': ['planning-and-scheduling', 'Planning / scheduling', '规划/调度'],
  '24:Control': ['control', 'Control', '控制'],
  '25:Distributed AI': ['distributed-ai', 'Distributed AI', '分布式人工智能'],
  '26:Robotics': ['robotics', 'Robotics', '机器人'],
  '27:Computer Vision/Imaging': ['computer-vision', 'Computer vision / imaging', '计算机视觉/图像'],
  '28:Analytics/Algorithms': ['analytics-and-algorithms', 'Analytics / algorithms', '分析/算法'],
  '29:Measuring/Testing': ['measuring-and-testing', 'Measuring / testing', '测量/测试'],
  '1:Physical Science/Engineering': [
    'physical-sciences-and-engineering',
    'Physical sciences / engineering',
    '物理科学与工程',
  ],
  '2:Life Sciences': ['life-sciences', 'Life sciences', '生命科学'],
  '3:Security (e.g. Cybersecurity)': [
    'security-eg-cybersecurity',
    'Security (e.g. cybersecurity)',
    '安全（如网络安全）',
  ],
  '4:Transportation': ['transportation', 'Transportation', '交通运输'],
  '5:Industrial/Manufacturing': ['industrial-and-manufacturing', 'Industrial / manufacturing', '工业与制造'],
  '6:Education': ['education', 'Education', '教育'],
  '7:Document Management/Publishing': [
    'document-mgt-and-publishing',
    'Document management / publishing',
    '文档管理与出版',
  ],
  '8:Military': ['military', 'Military', '军事'],
  '9:Agriculture': ['agricultural', 'Agriculture', '农业'],
  '10:Computing in Government': ['computing-in-government', 'Computing in government', '政务计算'],
  '11:Personal Devices/Computing': [
    'personal-devices-and-computing',
    'Personal devices / computing',
    '个人设备与计算',
  ],
  '12:Banking/Finance': ['banking-and-finance', 'Banking / finance', '银行与金融'],
  '13:Telecommunications': ['telecommunications', 'Telecommunications', '电信'],
  '14:Networks (e.g. social, IOT)': [
    'networks-eg-social-iot',
    'Networks (e.g. social, IoT)',
    '网络（如社交网络、物联网）',
  ],
  '15:Business': ['business', 'Business', '商业'],
  '16:Energy Management': ['energy-management', 'Energy management', '能源管理'],
  '17:Entertainment': ['entertainment', 'Entertainment', '娱乐'],
  '18:Nanotechnology': ['nanotechnology', 'Nanotechnology', '纳米技术'],
  '19:Semiconductors': ['semiconductors', 'Semiconductors', '半导体'],
};

const GROUPS = [
  ['techniques', 'ai_techniques', 'AI techniques', '人工智能技术'],
  ['functional-applications', 'functional_applications', 'Functional applications', '功能应用'],
  ['application-fields', 'application_fields', 'Application fields', '应用领域'],
];

/** Chinese equivalents of the 12 universe expressions (none for `logic +1w model*`: see NOTES). */
const UNIVERSE_ZH = {
  'artificial +1w intelligen*': ['人工智能'],
  'boosted +1w tree*': ['提升树', '梯度提升'],
  'decision +1w tree*': ['决策树'],
  'deep +1w learn*': ['深度学习'],
  'fuzzy +1w logic': ['模糊逻辑'],
  'genetic +1w algorithm*': ['遗传算法'],
  'logic +1w model*': [],
  'logic +1w program*': ['逻辑编程', '逻辑程序设计'],
  'machine* /1w learn*': ['机器学习', '极限学习机'],
  'neural +1w net*': ['神经网络', '神经元网络'],
  'random +1w forest': ['随机森林'],
  'support +1w vector +1w machine*': ['支持向量机'],
};

/** Chinese equivalents of each technique's title/abstract keywords. */
const TECHNIQUE_ZH = {
  'logic-programming': words('逻辑编程 逻辑程序设计 形式逻辑 专家系统'),
  'fuzzy-logic': words(
    '模糊逻辑 模糊控制 模糊推理 模糊规则 模糊集 模糊神经 模糊聚类 模糊PID 模糊综合评价 模糊数学 隶属度 隶属函数',
  ),
  'probabilistic-reasoning': words('贝叶斯 蒙特卡洛 蒙特卡罗 马尔可夫 马尔科夫 马尔柯夫 概率'),
  'ontology-engineering': words('语义 实体关系 知识图谱 本体论 领域本体 知识本体 本体库'),
  'machine-learning': words(
    '神经网络 神经元网络 SVM 支持向量机 随机森林 机器学习 提升树 梯度提升 深度学习 决策树 遗传算法',
  ),
  'search-methods': words('动态搜索 自适应搜索 约束优化'),
};

const NOTES = `Generated by scripts/build-wipo2019-taxonomy.mjs from the CSET / 1790 Analytics adaptation of the WIPO 2019 AI search strategy; do not edit by hand.
Root: the universe of CSET's Define_Patent_Universe.md (77 codes OR 12 keyword expressions in title, abstract and claims); the 36 categories have scope root, as in CSET, where a category is only given to patents of the universe.
Codes: written without spaces; five reference codes were changed (two backward ranges, H01N, A4*, the two G06N ranges with an IPC remark): see the rule notes and SOURCES.md. "Y10S 42*" and the like are read as US-class main groups (Y10S42 = firearms), not as text prefixes that would also take Y10S 420-429. Codes match IPC and CPC symbols alike; reclassified codes (G06F17/27-28 -> G06F40, G06K9 -> G06V) are widened by data/reference/cpc-reclassification.json.
Chinese equivalents (terms a Chinese examiner would search for the same concept):
- universe: 人工智能; 提升树, 梯度提升 (boosted trees); 决策树; 深度学习; 模糊逻辑; 遗传算法; 逻辑编程, 逻辑程序设计; 机器学习, 极限学习机 (the "learning machine" order of machine* /1w learn*); 神经网络, 神经元网络; 随机森林; 支持向量机. None for "logic +1w model*": 逻辑模型 is mostly the database "logical model" (概念/逻辑/物理模型), which the English expression does not match ("logical" is not "logic"). 学习机 alone is left out: in Chinese it is mostly a children's learning device.
- root generic terms: artificial +1w intelligen*, 人工智能 (the first universe expression) and 智能算法 (Chinese generic "intelligent algorithm").
- techniques (title and abstract): logic programming 逻辑编程, 逻辑程序设计, 形式逻辑, 专家系统 (not 逻辑模型, as above); fuzzy logic: Fuzzy* cannot be 模糊 (blur), so 模糊逻辑, 模糊控制, 模糊推理, 模糊规则, 模糊集, 模糊神经, 模糊聚类, 模糊PID, 模糊综合评价, 模糊数学, 隶属度, 隶属函数; probabilistic reasoning 贝叶斯, 蒙特卡洛/蒙特卡罗, 马尔可夫/马尔科夫/马尔柯夫, 概率; ontology engineering 语义, 实体关系, 知识图谱 and, for Ontolog*, 本体论, 领域本体, 知识本体, 本体库 (not 本体 alone, which is mostly "main body" as in 机器人本体); machine learning 神经网络, 神经元网络, SVM, 支持向量机, 随机森林, 机器学习, 提升树, 梯度提升, 深度学习, 决策树, 遗传算法; search methods 动态搜索, 自适应搜索, 约束优化.`;

function main() {
  const reference = JSON.parse(readFileSync(REFERENCE, 'utf8'));
  const yaml = `# Generated by scripts/build-wipo2019-taxonomy.mjs: edit the script, not this file.\n${stringify(buildTaxonomy(reference), { lineWidth: 0 })}`;
  if (process.argv.includes('--check')) {
    const committed = readFileSync(OUTPUT, 'utf8');
    if (committed !== yaml) {
      console.error(`${path.relative(repoRoot, OUTPUT)} differs from what the script builds: run it again`);
      process.exit(1);
    }
    return;
  }
  writeFileSync(OUTPUT, yaml);
}

function buildTaxonomy(reference) {
  const universe = convertCodes(reference.ai_universe_classifications.map((entry) => entry.cpc));
  const categories = [];
  for (const [id, key, en, zh] of GROUPS) {
    categories.push({ id, name: { en, zh }, scope: 'root' });
    for (const [name, definition] of Object.entries(reference[key])) {
      categories.push(buildCategory(name, definition, id));
    }
  }
  return {
    format: 'patlas-taxonomy/1',
    id: 'wipo2019',
    version: '2019-cset.1',
    name: {
      en: 'WIPO Technology Trends 2019: artificial intelligence (CSET adaptation)',
      zh: 'WIPO 2019 技术趋势：人工智能（CSET 改编版）',
    },
    description: {
      en: 'The AI patent definition of WIPO Technology Trends 2019 as re-implemented by CSET and 1790 Analytics: an AI universe (77 codes or 12 keyword expressions) and three independent dimensions, 7 AI techniques, 10 functional applications and 19 application fields.',
      zh: 'CSET 与 1790 Analytics 复现的 WIPO 2019 技术趋势人工智能专利定义：人工智能范围（77 个分类号或 12 个关键词表达式）及三个相互独立的维度：7 种人工智能技术、10 种功能应用、19 个应用领域。',
    },
    sources: [
      'WIPO (2019), WIPO Technology Trends 2019: Artificial Intelligence, WIPO publication 1055',
      'CSET and 1790 Analytics, AI patent data: Define_Patent_Universe.md, AI_Techniques_Categories.md, Functional_Application_Categories.md, Application_Fields_Categories.md, github.com/georgetown-cset/1790-ai-patent-data (commit 73919f0ebf78bd04510a22dc0a09ddb0923d1aba)',
    ],
    notes: NOTES,
    fields: ['title', 'abstract', 'claims'],
    root: {
      id: 'ai',
      name: { en: 'Artificial intelligence', zh: '人工智能' },
      generic_terms: { en: ['artificial +1w intelligen*'], zh: ['人工智能', '智能算法'] },
      rules: [
        {
          id: 'universe-codes',
          note: `The ${universe.codes.length} AI-specific codes of the universe. ${universe.changes.join(' ')}`.trim(),
          codes: universe.codes,
        },
        {
          id: 'universe-keywords',
          note: 'The 12 keyword expressions of the universe, searched in title, abstract and claims, with their Chinese equivalents (none for logic +1w model*).',
          keywords: {
            en: reference.ai_universe_keywords,
            zh: reference.ai_universe_keywords.flatMap(
              (expression) => UNIVERSE_ZH[expression] ?? missing(expression),
            ),
          },
          fields: ['title', 'abstract', 'claims'],
        },
      ],
      from_categories: false,
    },
    categories,
  };
}

function buildCategory(name, definition, parent) {
  const meta = CATEGORIES[name] ?? missing(name);
  const [id, en, zh] = meta;
  const category = { id, parent, name: { en, zh }, scope: 'root' };
  const label = name.replace(/^\d+:/, '');
  if (definition.rule) {
    category.fallback = true;
    category.description = {
      en: `CSET: "${definition.rule}".`,
      zh: '人工智能范围内未归入其他人工智能技术类别（逻辑编程至搜索方法）的专利。',
    };
    return category;
  }
  const rules = [];
  if (definition.codes.length > 0) {
    const { codes, changes } = convertCodes(definition.codes);
    const note = `CSET category ${name.split(':')[0]} "${label}": codes. ${changes.join(' ')}`.trim();
    rules.push({ id: `${id}-codes`, note, codes });
  }
  if (definition.title_abstract_keywords.length > 0) {
    rules.push({
      id: `${id}-terms`,
      note: `CSET category ${name.split(':')[0]} "${label}": title/abstract keywords, with Chinese equivalents.`,
      keywords: { en: definition.title_abstract_keywords, zh: TECHNIQUE_ZH[id] ?? missing(id) },
      fields: ['title', 'abstract'],
    });
  }
  category.rules = rules;
  return category;
}

/** Reference codes as Patlas patterns, duplicates dropped; `changes` says what was not a plain respelling. */
function convertCodes(raw) {
  const codes = [];
  const changes = [];
  for (const text of raw) {
    const fix = FIXES[text];
    if (fix) changes.push(`Changed "${text}" to ${fix.to}: ${fix.why}.`);
    const pattern = fix ? fix.to : respell(text);
    if (codes.includes(pattern)) changes.push(`"${text}" is listed twice in the reference; kept once.`);
    else codes.push(pattern);
  }
  return { codes, changes: [...new Set(changes)] };
}

/** `>=G06N 5/041* AND <=G06N 5/047*` -> `G06N5/041*-G06N5/047*`; `G06K 9*` -> `G06K9*`. */
function respell(text) {
  const range = /^>=(.+) AND <=(.+)$/.exec(text);
  if (range) return `${compact(range[1])}-${compact(range[2])}`;
  return compact(text);
}

/** A space-separated word list, to keep the tables short. */
function words(list) {
  return list.split(' ');
}

function compact(code) {
  return code.replace(/\s+/g, '');
}

function missing(what) {
  throw new Error(`build-wipo2019-taxonomy: no entry for "${what}" in the script's tables`);
}

main();
