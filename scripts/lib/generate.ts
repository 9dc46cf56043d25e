/**
 * A synthetic but realistic framework of any size, for the scale benchmark (`npm run bench`) and its
 * test: many tracks with four to eight levels each, lateral moves between neighbouring tracks,
 * competencies with several long indicators per step, trainings that develop what the next level
 * expects (prerequisites only ever point at earlier trainings, so there are no cycles), recognition,
 * FAQ and guides, `framework.yaml`, and a Chinese translation of every entry.
 *
 * `generateContent` is pure and deterministic: the same options and seed give the same files, text
 * included. The text is built from small bilingual word lists, one choice feeding both languages, so
 * the Chinese reads as a translation of the English. The content passes the content check with no
 * errors and no warnings. `writeContent` puts the files on disk.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import {
  TRAINING_FORMATS,
  TRAINING_PHASES,
  type TrackKind,
  type TrainingFormat,
} from '../../src/framework/vocabulary.ts';

export interface GenerateOptions {
  /** HTML pages the built site should have, both locales and the `/` redirect included. */
  pages: number;
}

/** A file of the content folder: path relative to it, and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

/** How many of each published thing the generated framework has (per locale). */
export interface EntityCounts {
  tracks: number;
  levels: number;
  /** Pre-rendered comparisons: each level with its next level and with each lateral move. */
  comparisons: number;
  competencies: number;
  trainings: number;
  recognition: number;
  pages: number;
}

export interface GeneratedContent {
  files: ContentFile[];
  counts: EntityCounts;
  /** HTML pages the site builds from it (`htmlPageCount(counts)`). */
  expectedPages: number;
}

/**
 * Pages of each locale that exist whatever the content: home, compare, competencies, trainings,
 * recognition, search, self-assessment and changes.
 */
export const FIXED_PAGES_PER_LOCALE = 8;

/** HTML pages the site builds: per locale one page per track, level, comparison, competency, training
 * and page, plus the fixed ones; plus the `/` redirect. */
export function htmlPageCount(counts: EntityCounts, locales = 2): number {
  const perLocale =
    counts.tracks +
    counts.levels +
    counts.comparisons +
    counts.competencies +
    counts.trainings +
    counts.pages +
    FIXED_PAGES_PER_LOCALE;
  return perLocale * locales + 1;
}

/** Writes the files under `dir` (created as needed). */
export function writeContent(dir: string, files: readonly ContentFile[]): void {
  for (const file of files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
}

// ---------------------------------------------------------------------------------------------
// Randomness and text
// ---------------------------------------------------------------------------------------------

/** mulberry32: small, fast and good enough to pick words; the same seed gives the same sequence.
 * Exported for the benchmark's random self-assessments. */
export class Random {
  #state: number;
  constructor(seed: number) {
    this.#state = seed >>> 0;
  }
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    const item = list[Math.floor(this.next() * list.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  /** `k` different items, in random order. */
  sample<T>(list: readonly T[], k: number): T[] {
    const copy = [...list];
    const out: T[] = [];
    while (out.length < k && copy.length > 0) out.push(...copy.splice(Math.floor(this.next() * copy.length), 1));
    return out;
  }
}

/** A piece of text in both languages. */
interface Bi {
  en: string;
  zh: string;
}

const bi = (en: string, zh: string): Bi => ({ en, zh });
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

interface Verb {
  base: string;
  s: string;
  zh: string;
}
const VERBS: Verb[] = [
  { base: 'resolve', s: 'resolves', zh: '处理' },
  { base: 'document', s: 'documents', zh: '记录' },
  { base: 'review', s: 'reviews', zh: '复核' },
  { base: 'explain', s: 'explains', zh: '说明' },
  { base: 'prioritise', s: 'prioritises', zh: '优先处理' },
  { base: 'escalate', s: 'escalates', zh: '上报' },
  { base: 'follow up', s: 'follows up', zh: '跟进' },
  { base: 'analyse', s: 'analyses', zh: '分析' },
  { base: 'plan', s: 'plans', zh: '规划' },
  { base: 'negotiate', s: 'negotiates', zh: '协商处理' },
  { base: 'track', s: 'tracks', zh: '跟踪' },
  { base: 'summarise', s: 'summarises', zh: '总结' },
  { base: 'verify', s: 'verifies', zh: '核实' },
  { base: 'coordinate', s: 'coordinates', zh: '协调' },
  { base: 'simplify', s: 'simplifies', zh: '简化' },
];
const OBJECTS: Bi[] = [
  bi('billing disputes', '账单争议'),
  bi('refund requests', '退款申请'),
  bi('service outages', '服务中断'),
  bi('formal complaints', '正式投诉'),
  bi('knowledge-base articles', '知识库文章'),
  bi('quality checklists', '质检清单'),
  bi('handover notes', '交接记录'),
  bi('escalated cases', '升级案件'),
  bi('feedback surveys', '客户反馈调查'),
  bi('shift schedules', '排班计划'),
  bi('product changes', '产品变更'),
  bi('contract renewals', '合同续签'),
  bi('data-protection requests', '数据保护请求'),
  bi('delivery delays', '配送延误'),
  bi('account changes', '账户变更'),
  bi('warranty claims', '保修索赔'),
  bi('payment failures', '支付失败问题'),
  bi('identity checks', '身份核验'),
  bi('callback requests', '回电请求'),
  bi('service credits', '服务补偿'),
  bi('order cancellations', '订单取消'),
  bi('price enquiries', '价格咨询'),
  bi('technical faults', '技术故障'),
  bi('onboarding questions', '开户咨询'),
];
const AUDIENCES: Bi[] = [
  bi('new customers', '新客户'),
  bi('VIP customers', 'VIP 客户'),
  bi('business accounts', '企业客户'),
  bi('colleagues on the floor', '一线同事'),
  bi('the second line', '二线团队'),
  bi('partner teams', '合作团队'),
  bi('elderly customers', '老年客户'),
  bi('small businesses', '小微企业客户'),
  bi('returning customers', '老客户'),
  bi('customers abroad', '海外客户'),
];
const MANNERS: Bi[] = [
  bi('within the agreed service level', '在约定的服务时限内'),
  bi('without needing a supervisor', '在无需主管介入的情况下'),
  bi('using the approved templates', '按照规定模板'),
  bi('even during peak hours', '即使在高峰时段也能'),
  bi('across phone, chat and email', '在电话、在线客服和邮件渠道中'),
  bi('with accurate case notes', '在案例记录准确完整的前提下'),
  bi('in line with the refund policy', '按照退款政策'),
  bi('on the first contact', '在首次接触时'),
  bi('under time pressure', '在时间紧迫的情况下'),
  bi('with a calm and friendly tone', '以平和友好的语气'),
];
const PURPOSES: Bi[] = [
  bi('so that the customer knows what happens next', '让客户清楚下一步安排'),
  bi('so that nobody has to ask twice', '避免客户重复询问'),
  bi('to keep repeat contacts down', '从而减少重复来电'),
  bi('so that the next shift can pick the case up', '方便下一班次接手'),
  bi("to protect the customer's data", '以保护客户数据安全'),
  bi('so that trends reach the team lead early', '让组长及早发现趋势'),
  bi('to keep the promise made to the customer', '确保兑现对客户的承诺'),
  bi('so that colleagues can learn from the case', '让同事能从案例中学习'),
];
const SUBJECTS: Bi[] = [
  bi('someone at this level', '这一层级的员工'),
  bi('the team', '团队'),
  bi('an experienced agent', '有经验的客服'),
  bi('every newcomer', '每位新员工'),
  bi('the lead', '负责人'),
];
const ACTIVITIES: Bi[] = [
  bi('case reviews', '案例复盘'),
  bi('calibration sessions', '校准会议'),
  bi('knowledge-sharing sessions', '知识分享会'),
  bi('buddy assignments', '带教任务'),
  bi('improvement projects', '改进项目'),
];
const ROLES: Bi[] = [
  bi('team lead', '组长'),
  bi('quality lead', '质检主管'),
  bi('training manager', '培训经理'),
  bi('service manager', '服务经理'),
  bi('supervisor', '主管'),
];
const QUALITIES: Bi[] = [
  bi('steady, error-free work', '稳定且无差错的工作表现'),
  bi('clear ownership', '明确的担当'),
  bi('sound judgement', '良好的判断力'),
  bi('patience and care', '耐心和细致'),
];
const POLICIES: Bi[] = [
  bi('data protection rules', '数据保护规定'),
  bi('the code of conduct', '行为准则'),
  bi('the refund policy', '退款政策'),
  bi('security rules', '信息安全规定'),
];

/** Text generators: one random choice, both languages. */
class Writer {
  readonly rng: Random;
  constructor(rng: Random) {
    this.rng = rng;
  }
  private parts() {
    const r = this.rng;
    return { verb: r.pick(VERBS), object: r.pick(OBJECTS), audience: r.pick(AUDIENCES), manner: r.pick(MANNERS) };
  }
  /** An observable behaviour: long, two clauses. */
  indicator(): Bi {
    const { verb, object, audience, manner } = this.parts();
    const verb2 = this.rng.pick(VERBS);
    const object2 = this.rng.pick(OBJECTS);
    const purpose = this.rng.pick(PURPOSES);
    return bi(
      `${cap(verb.s)} ${object.en} for ${audience.en} ${manner.en}, and ${verb2.s} ${object2.en} ${purpose.en}.`,
      `${manner.zh}为${audience.zh}${verb.zh}${object.zh}，并${verb2.zh}${object2.zh}，${purpose.zh}。`,
    );
  }
  responsibility(): Bi {
    const { verb, object, audience, manner } = this.parts();
    return bi(
      `${cap(verb.base)} ${object.en} for ${audience.en} ${manner.en}.`,
      `${manner.zh}为${audience.zh}${verb.zh}${object.zh}。`,
    );
  }
  sentence(): Bi {
    const { verb, object, audience, manner } = this.parts();
    const subject = this.rng.pick(SUBJECTS);
    const purpose = this.rng.pick(PURPOSES);
    return bi(
      `${cap(subject.en)} ${verb.s} ${object.en} for ${audience.en} ${manner.en}, ${purpose.en}.`,
      `${subject.zh}${manner.zh}为${audience.zh}${verb.zh}${object.zh}，${purpose.zh}。`,
    );
  }
  /** A Markdown body of a few paragraphs. */
  body(paragraphs: number): Bi {
    const ps = Array.from({ length: paragraphs }, () =>
      Array.from({ length: this.rng.int(3, 4) }, () => this.sentence()),
    );
    return bi(
      ps.map((p) => p.map((s) => s.en).join(' ')).join('\n\n'),
      ps.map((p) => p.map((s) => s.zh).join('')).join('\n\n'),
    );
  }
  condition(): Bi {
    const r = this.rng;
    const kind = r.int(0, 2);
    if (kind === 0) {
      const n = r.int(2, 6);
      const months = r.pick([3, 6, 12]);
      const a = r.pick(ACTIVITIES);
      return bi(
        `Has led at least ${n} ${a.en} in the last ${months} months.`,
        `近 ${months} 个月内至少主导过 ${n} 次${a.zh}。`,
      );
    }
    if (kind === 1) {
      const role = r.pick(ROLES);
      const object = r.pick(OBJECTS);
      return bi(
        `Is recommended by the ${role.en} after a review of recent ${object.en}.`,
        `经${role.zh}复核近期的${object.zh}后获得推荐。`,
      );
    }
    const q = r.pick(QUALITIES);
    const object = r.pick(OBJECTS);
    return bi(
      `Shows ${q.en} with ${object.en} for two consecutive quarters.`,
      `连续两个季度在${object.zh}方面展现出${q.zh}。`,
    );
  }
  knowledge(): Bi {
    const r = this.rng;
    const object = r.pick(OBJECTS);
    const kind = r.int(0, 2);
    if (kind === 0) {
      const manner = r.pick(MANNERS);
      return bi(`How ${object.en} are handled ${manner.en}.`, `${manner.zh}${object.zh}的处理方式。`);
    }
    if (kind === 1)
      return bi(
        `The rules for ${object.en} and what needs approval first.`,
        `关于${object.zh}的规定，以及哪些事项须事先审批。`,
      );
    const audience = r.pick(AUDIENCES);
    return bi(
      `Where to find the current guidance on ${object.en} for ${audience.en}.`,
      `在哪里查到针对${audience.zh}的${object.zh}最新指引。`,
    );
  }
  demotion(metric: Bi): Bi {
    if (this.rng.chance(0.5))
      return bi(
        `Falls short of the ${metric.en.toLowerCase()} target for two consecutive quarters after a support plan has run its course.`,
        `在支持改进计划执行完毕后，连续两个季度未达到${metric.zh}目标。`,
      );
    const p = this.rng.pick(POLICIES);
    return bi(`A serious breach of ${p.en}.`, `严重违反${p.zh}。`);
  }
  /** "Being able to …": a competency's summary. */
  ability(): Bi {
    const { verb, object, audience, manner } = this.parts();
    return bi(
      `Being able to ${verb.base} ${object.en} for ${audience.en} ${manner.en}.`,
      `能够${manner.zh}为${audience.zh}${verb.zh}${object.zh}。`,
    );
  }
  /** What people who … do: the tail of track and recognition summaries. */
  who(): Bi {
    const { verb, object, audience } = this.parts();
    return bi(`${verb.base} ${object.en} for ${audience.en}`, `为${audience.zh}${verb.zh}${object.zh}`);
  }
  /** Something done, as `base` ("to …") and `s` ("she …") forms, with a manner to go with it. */
  action(): { base: string; s: string; zh: string; manner: Bi } {
    const { verb, object, manner } = this.parts();
    return { base: `${verb.base} ${object.en}`, s: `${verb.s} ${object.en}`, zh: `${verb.zh}${object.zh}`, manner };
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary of the generated organisation
// ---------------------------------------------------------------------------------------------

const MARKETS: Bi[] = [
  bi('retail', '零售'),
  bi('business', '企业'),
  bi('billing', '账务'),
  bi('mobile', '移动'),
  bi('broadband', '宽带'),
  bi('insurance', '保险'),
  bi('travel', '差旅'),
  bi('logistics', '物流'),
  bi('healthcare', '医疗'),
  bi('banking', '银行'),
  bi('energy', '能源'),
  bi('public sector', '公共事业'),
  bi('ecommerce', '电商'),
  bi('gaming', '游戏'),
  bi('education', '教育'),
  bi('hospitality', '酒店'),
  bi('automotive', '汽车'),
  bi('media', '媒体'),
  bi('telecom', '电信'),
  bi('utilities', '公用服务'),
];
interface TrackFunction {
  name: Bi;
  kind: TrackKind;
  role: Bi;
}
const FUNCTIONS: TrackFunction[] = [
  { name: bi('support', '客户支持'), kind: 'individual', role: bi('agent', '客服专员') },
  { name: bi('operations', '运营'), kind: 'individual', role: bi('coordinator', '协调员') },
  { name: bi('quality', '质量'), kind: 'specialist', role: bi('analyst', '质检专员') },
  { name: bi('training', '培训'), kind: 'specialist', role: bi('trainer', '培训师') },
  { name: bi('accounts', '客户管理'), kind: 'individual', role: bi('account manager', '客户经理') },
  { name: bi('escalations', '升级处理'), kind: 'specialist', role: bi('specialist', '专家') },
  { name: bi('onboarding', '入职服务'), kind: 'individual', role: bi('advisor', '顾问') },
  { name: bi('analytics', '数据分析'), kind: 'specialist', role: bi('analyst', '分析师') },
  { name: bi('workforce', '人力排班'), kind: 'specialist', role: bi('planner', '排班规划师') },
  { name: bi('leadership', '团队管理'), kind: 'management', role: bi('team manager', '团队经理') },
];
const KIND_TEXT: Record<TrackKind, Bi> = {
  individual: bi('individual-contributor', '专业'),
  management: bi('management', '管理'),
  specialist: bi('specialist', '专家'),
};
const SENIORITY: Bi[] = [
  bi('trainee', '见习'),
  bi('junior', '初级'),
  bi('intermediate', '中级'),
  bi('senior', '高级'),
  bi('expert', '资深'),
  bi('principal', '首席'),
  bi('lead', '主任'),
  bi('head', '总监'),
];
const ROMAN = ['I', 'II', 'III'];

const GLOBAL_COMPETENCIES: Bi[] = [
  bi('communication', '沟通表达'),
  bi('customer empathy', '客户同理心'),
  bi('problem solving', '问题解决'),
  bi('collaboration', '团队协作'),
];
const QUALIFIERS: Bi[] = [
  bi('customer', '客户'),
  bi('case', '案件'),
  bi('product', '产品'),
  bi('data', '数据'),
  bi('process', '流程'),
  bi('team', '团队'),
  bi('channel', '渠道'),
  bi('service', '服务'),
  bi('risk', '风险'),
  bi('vendor', '供应商'),
  bi('knowledge', '知识'),
  bi('quality', '质量'),
  bi('billing', '账务'),
  bi('contract', '合同'),
  bi('incident', '事件'),
  bi('schedule', '排班'),
];
const THEMES: Bi[] = [
  bi('communication', '沟通'),
  bi('analysis', '分析'),
  bi('planning', '规划'),
  bi('coaching', '辅导'),
  bi('negotiation', '协商'),
  bi('resolution', '解决'),
  bi('compliance', '合规'),
  bi('improvement', '改进'),
  bi('ownership', '担当'),
  bi('documentation', '记录'),
  bi('forecasting', '预测'),
  bi('prioritisation', '优先级管理'),
];

const FORMAT_NOUN: Record<TrainingFormat, Bi> = {
  course: bi('course', '课程'),
  'e-learning': bi('e-learning', '在线课程'),
  workshop: bi('workshop', '工作坊'),
  coaching: bi('coaching', '辅导'),
  mentoring: bi('mentoring', '导师计划'),
  shadowing: bi('shadowing', '跟岗学习'),
  'job-rotation': bi('rotation', '轮岗'),
  project: bi('project', '项目'),
  exam: bi('exam', '考试'),
  briefing: bi('briefing', '简报会'),
};
const HOURS = [1, 2, 3, 4, 6, 8, 12, 16, 24, 40];

const GRADES: Bi[] = [
  bi('Entry', '入职'),
  bi('Established', '稳定'),
  bi('Experienced', '资深'),
  bi('Specialist or lead', '专员或组长'),
  bi('Senior specialist or supervisor', '高级专家或主管'),
  bi('Manager', '经理'),
  bi('Senior manager', '高级经理'),
  bi('Head of function', '部门负责人'),
];
const ZH_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八'];
const AREAS: { id: string; label: Bi }[] = [
  { id: 'service-delivery', label: bi('Service delivery', '服务交付') },
  { id: 'knowledge-systems', label: bi('Knowledge and systems', '知识与系统') },
  { id: 'quality-improvement', label: bi('Quality and improvement', '质量与改进') },
  { id: 'people-leadership', label: bi('People and leadership', '协作与领导') },
  { id: 'commercial-awareness', label: bi('Commercial awareness', '商业意识') },
  { id: 'data-insight', label: bi('Data and insight', '数据与洞察') },
];
interface MetricDef {
  id: string;
  label: Bi;
  unit: 'percent' | 'seconds';
  direction: 'higher' | 'lower';
  description: Bi;
  /** Plausible promotion targets. */
  targets: [number, number];
}
const METRICS: MetricDef[] = [
  {
    id: 'csat',
    label: bi('Customer satisfaction (CSAT)', '客户满意度（CSAT）'),
    unit: 'percent',
    direction: 'higher',
    description: bi(
      'Share of surveyed customers who rate the contact satisfied or very satisfied, over the last three months.',
      '近三个月受访客户中评价“满意”或“非常满意”的比例。',
    ),
    targets: [80, 95],
  },
  {
    id: 'qa-score',
    label: bi('Quality score', '质检得分'),
    unit: 'percent',
    direction: 'higher',
    description: bi(
      'Average score of contacts reviewed by quality assurance against the quality standard.',
      '质检按质量标准抽检通话或工单的平均得分。',
    ),
    targets: [78, 94],
  },
  {
    id: 'fcr',
    label: bi('First-contact resolution', '首次解决率'),
    unit: 'percent',
    direction: 'higher',
    description: bi(
      'Share of issues solved without the customer having to come back within seven days.',
      '客户在七天内无需再次联系即解决的问题比例。',
    ),
    targets: [65, 88],
  },
  {
    id: 'aht',
    label: bi('Average handling time', '平均处理时长'),
    unit: 'seconds',
    direction: 'lower',
    description: bi(
      'Talk, hold and wrap-up time per contact, averaged over the last three months.',
      '每次接触的通话、保持和事后处理时间之和，取近三个月平均值。',
    ),
    targets: [240, 480],
  },
  {
    id: 'adherence',
    label: bi('Schedule adherence', '排班遵从率'),
    unit: 'percent',
    direction: 'higher',
    description: bi('Share of scheduled time spent in the planned activity.', '按排班计划执行相应工作的时间占比。'),
    targets: [85, 95],
  },
];
const ASSESSMENTS: { id: string; label: Bi; description: Bi }[] = [
  {
    id: 'written-exam',
    label: bi('Written exam', '笔试'),
    description: bi(
      'A timed test of product, policy and process knowledge; pass mark 80 %.',
      '限时考核产品、政策和流程知识，80 分及格。',
    ),
  },
  {
    id: 'oral-exam',
    label: bi('Oral exam', '口试'),
    description: bi('Role-played customer scenarios in front of two assessors.', '在两位考官面前进行客户情景演练。'),
  },
  {
    id: 'call-review',
    label: bi('Live contact review', '现场通话评审'),
    description: bi(
      'A quality assessor reviews a sample of your recent contacts with you.',
      '质检评估员与你一起复盘近期的通话或工单样本。',
    ),
  },
  {
    id: 'panel-interview',
    label: bi('Panel interview', '小组面试'),
    description: bi(
      'An interview with the hiring manager and a peer from the target track.',
      '由用人经理和目标通道的一位同级人员共同面试。',
    ),
  },
  {
    id: 'teach-back',
    label: bi('Teach-back session', '试讲'),
    description: bi(
      'You deliver a short training session that is observed and scored.',
      '现场讲授一段简短培训课程，由评委观察并打分。',
    ),
  },
];
const SCALE: { label: Bi; description: Bi }[] = [
  {
    label: bi('Not yet', '尚未具备'),
    description: bi('No experience yet; needs full guidance.', '尚无相关经验，需要全程指导。'),
  },
  {
    label: bi('Foundation', '入门'),
    description: bi(
      'Knows the basics and applies them to routine cases with support.',
      '掌握基础，在他人支持下能处理常规情况。',
    ),
  },
  {
    label: bi('Practising', '胜任'),
    description: bi(
      'Handles the usual range of cases independently and reliably.',
      '能独立、稳定地处理常见范围内的情况。',
    ),
  },
  {
    label: bi('Proficient', '熟练'),
    description: bi(
      'Handles complex and unusual cases and helps others do the same.',
      '能处理复杂和非常规情况，并能帮助他人做到。',
    ),
  },
  {
    label: bi('Expert', '专家'),
    description: bi(
      'Sets the standard, improves how the whole team works and is sought out for advice.',
      '树立标准，改进整个团队的工作方式，是大家求助的对象。',
    ),
  },
];
const TOP_STEP = SCALE.length - 1;

// ---------------------------------------------------------------------------------------------
// The structure
// ---------------------------------------------------------------------------------------------

interface GenTrack {
  id: string;
  index: number;
  title: Bi;
  kind: TrackKind;
  role: Bi;
  market: Bi;
  /** Competencies this track's levels expect: the global ones, then its own window. */
  core: string[];
  levels: GenLevel[];
}

interface GenLevel {
  id: string;
  track: GenTrack;
  rank: number;
  grade: number;
  title: Bi;
  /** Steps this level sets itself (new or raised); the rest is inherited. */
  own: Map<string, number>;
  /** Effective expectations: own and inherited. */
  effective: Map<string, number>;
  lateral: { to: GenLevel; minMonths: number; conditions: Bi[] }[];
  promotionTrainings: string[];
}

interface GenCompetency {
  id: string;
  title: Bi;
}

interface GenTraining {
  id: string;
  track: GenTrack | null;
  levels: GenLevel[];
  develops: Map<string, number>;
  prerequisites: string[];
  mandatoryFor: string[];
  format: TrainingFormat;
  hours: number;
  title: Bi;
}

/** Pages per locale a track brings on average (itself, its levels, their comparisons, its share of
 * competencies and trainings): used only to choose the number of tracks. */
const PAGES_PER_TRACK = 22.7;
const GUIDE_PAGES = 3;

/** Generates the content folder of a framework with about `options.pages` HTML pages. */
export function generateContent(options: GenerateOptions, seed = 1): GeneratedContent {
  const rng = new Random(seed);
  const write = new Writer(rng);
  const perLocale = Math.max(40, Math.round((options.pages - 1) / 2));
  const trackCount = Math.max(2, Math.round((perLocale - FIXED_PAGES_PER_LOCALE - GUIDE_PAGES) / PAGES_PER_TRACK));
  const ids = { competencies: uniqueIds(), tracks: uniqueIds(), trainings: uniqueIds(), recognition: uniqueIds() };

  // Competencies: four everyone needs, then qualifier × theme pairs in a shuffled order.
  const competencyCount = Math.max(12, Math.round(trackCount * 1.5));
  const pairs = rng.sample(
    QUALIFIERS.flatMap((q) => THEMES.map((t) => ({ q, t }))),
    QUALIFIERS.length * THEMES.length,
  );
  const competencies: GenCompetency[] = [];
  for (let i = 0; i < competencyCount; i++) {
    const global = GLOBAL_COMPETENCIES[i];
    const pair = pairs[(i - GLOBAL_COMPETENCIES.length) % pairs.length];
    const title =
      global ??
      (pair === undefined ? bi('competency', '能力') : bi(`${pair.q.en} ${pair.t.en}`, `${pair.q.zh}${pair.t.zh}`));
    competencies.push({ id: ids.competencies(slug(title.en)), title: bi(cap(title.en), title.zh) });
  }
  const globals = competencies.slice(0, GLOBAL_COMPETENCIES.length).map((c) => c.id);
  const specific = competencies.slice(GLOBAL_COMPETENCIES.length).map((c) => c.id);

  // Tracks, each with a window of specific competencies that overlaps its neighbours'.
  const combos = MARKETS.flatMap((market) => FUNCTIONS.map((fn) => ({ market, fn })));
  const chosen = rng.sample(combos, combos.length);
  const tracks: GenTrack[] = [];
  for (let i = 0; i < trackCount; i++) {
    const combo = chosen[i % chosen.length] ?? { market: MARKETS[0] as Bi, fn: FUNCTIONS[0] as TrackFunction };
    const title = bi(cap(`${combo.market.en} ${combo.fn.name.en}`), `${combo.market.zh}${combo.fn.name.zh}`);
    const window = Array.from({ length: 6 }, (_, k) => specific[(i * 4 + k) % specific.length] ?? '');
    tracks.push({
      id: ids.tracks(slug(title.en)),
      index: i,
      title,
      kind: combo.fn.kind,
      role: combo.fn.role,
      market: combo.market,
      core: [...globals, ...window],
      levels: [],
    });
  }

  // Levels: four to eight per track, expectations rising with rank (never dropping).
  for (const track of tracks) {
    const n = rng.int(4, 8);
    const offset = track.kind === 'individual' ? 0 : track.kind === 'specialist' ? 1 : 2;
    const lag = new Map(track.core.map((c) => [c, rng.int(0, 1)]));
    const lateJoiners = new Set(track.core.slice(-2));
    let inherited = new Map<string, number>();
    for (let rank = 1; rank <= n; rank++) {
      const seniority = SENIORITY[rank - 1] ?? (SENIORITY.at(-1) as Bi);
      const own = new Map<string, number>();
      const effective = new Map(inherited);
      for (const c of track.core) {
        // The last two competencies of the window are only expected from the upper half of the track.
        if (lateJoiners.has(c) && rank <= n / 2) continue;
        const step = Math.min(TOP_STEP, Math.max(1, Math.ceil((rank * TOP_STEP) / n) - (lag.get(c) ?? 0)));
        if (effective.get(c) !== step) {
          own.set(c, step);
          effective.set(c, step);
        }
      }
      track.levels.push({
        id: `${track.id}-${slug(seniority.en)}`,
        track,
        rank,
        grade: Math.min(GRADES.length - 1, offset + rank - 1),
        title: bi(
          cap(`${seniority.en} ${track.title.en.toLowerCase()} ${track.role.en}`),
          `${track.title.zh}${seniority.zh}${track.role.zh}`,
        ),
        own,
        effective,
        lateral: [],
        promotionTrainings: [],
      });
      inherited = effective;
    }
  }
  const levels = tracks.flatMap((t) => t.levels);

  // Lateral moves to a level on a nearby track with the same grade or one above.
  for (const level of levels) {
    if (level.rank < 2 || trackCount < 2) continue;
    const moves = rng.chance(0.45) ? (rng.chance(0.25) ? 2 : 1) : 0;
    for (let m = 0; m < moves; m++) {
      const other = tracks[(level.track.index + rng.int(1, Math.min(4, trackCount - 1))) % trackCount];
      const candidates = (other?.levels ?? []).filter(
        (l) => (l.grade === level.grade || l.grade === level.grade + 1) && !level.lateral.some((x) => x.to === l),
      );
      if (candidates.length === 0) continue;
      level.lateral.push({
        to: rng.pick(candidates),
        minMonths: rng.pick([6, 12, 18]),
        conditions: Array.from({ length: rng.int(1, 2) }, () => write.condition()),
      });
    }
  }
  const comparisons = levels.reduce((sum, l) => sum + l.lateral.length + (l.rank < l.track.levels.length ? 1 : 0), 0);

  // Trainings fill the rest of the page budget: a few for everyone, the rest per track and level.
  const trainingCount = Math.max(
    2 * trackCount,
    perLocale - (FIXED_PAGES_PER_LOCALE + GUIDE_PAGES + trackCount + levels.length + comparisons + competencies.length),
  );
  const everyone = Math.min(Math.floor(trainingCount / 10), 2 + Math.floor(trackCount / 15));
  const trainings: GenTraining[] = [];
  const trainingTitle = (prefix: Bi | null, format: TrainingFormat): Bi => {
    const object = rng.pick(OBJECTS);
    const noun = FORMAT_NOUN[format];
    return prefix === null
      ? bi(cap(`${object.en} ${noun.en}`), `${object.zh}${noun.zh}`)
      : bi(cap(`${prefix.en} ${object.en} ${noun.en}`), `${prefix.zh}${object.zh}${noun.zh}`);
  };
  for (let i = 0; i < everyone; i++) {
    const format = rng.pick(TRAINING_FORMATS);
    const title = trainingTitle(null, format);
    const develops = new Map(rng.sample(globals, rng.int(1, 2)).map((c) => [c, rng.int(2, 3)]));
    trainings.push({
      id: ids.trainings(slug(title.en)),
      track: null,
      levels: [],
      develops,
      prerequisites: [],
      mandatoryFor: [],
      format,
      hours: rng.pick(HOURS),
      title,
    });
  }
  const perTrack = new Map<GenTrack, GenTraining[]>(tracks.map((t) => [t, []]));
  for (let i = 0; i < trainingCount - everyone; i++) {
    const track = tracks[i % trackCount] as GenTrack;
    const own = perTrack.get(track) ?? [];
    const lower = track.levels[own.length % track.levels.length] as GenLevel;
    const upper = track.levels[lower.rank] ?? lower;
    const audience = upper === lower ? [lower] : [lower, upper];
    // What the upper level expects, preferring what it raises over the lower level.
    const expected = [...upper.effective.entries()];
    const raised = expected.filter(([c, step]) => (lower.effective.get(c) ?? 0) < step);
    const pool = raised.length > 0 && rng.chance(0.8) ? raised : expected;
    const develops = new Map(rng.sample(pool, rng.int(1, Math.min(3, pool.length))));
    const format = rng.pick(TRAINING_FORMATS);
    const title = trainingTitle(track.market, format);
    const earlier = own.filter((t) => t.levels[0] !== undefined && t.levels[0].rank <= lower.rank);
    const prerequisites = rng.chance(0.35) ? rng.sample(earlier, rng.chance(0.3) ? 2 : 1).map((t) => t.id) : [];
    const training: GenTraining = {
      id: ids.trainings(slug(title.en)),
      track,
      levels: audience,
      develops,
      prerequisites,
      mandatoryFor: rng.chance(0.2) ? [lower.id] : [],
      format,
      hours: rng.pick(HOURS),
      title,
    };
    own.push(training);
    perTrack.set(track, own);
    trainings.push(training);
  }
  // Promotion requires up to two of the trainings meant for the level.
  for (const [, own] of perTrack) {
    for (const training of own) {
      const level = training.levels[0];
      if (level === undefined || level.rank >= level.track.levels.length) continue;
      if (level.promotionTrainings.length < 2 && rng.chance(0.4)) level.promotionTrainings.push(training.id);
    }
  }

  // ------------------------------------------------------------------------------------------
  // Files
  // ------------------------------------------------------------------------------------------

  const files: ContentFile[] = [];
  const entry = (collection: string, id: string, en: object, zh: object, body: Bi, ext = 'md') => {
    files.push({ path: `${collection}/${id}.${ext}`, text: frontmatter(en, body.en) });
    files.push({ path: `translations/zh-cn/${collection}/${id}.${ext}`, text: frontmatter(zh, body.zh) });
  };
  const texts = (list: Bi[]) => ({ en: list.map((t) => t.en), zh: list.map((t) => t.zh) });

  files.push({ path: 'framework.yaml', text: settingsYaml(options.pages, trackCount) });

  for (const track of tracks) {
    const who = write.who();
    const kind = KIND_TEXT[track.kind];
    entry(
      'tracks',
      track.id,
      {
        title: track.title.en,
        summary: `The ${kind.en} ladder for people who ${who.en}.`,
        kind: track.kind,
        order: track.index + 1,
      },
      { title: track.title.zh, summary: `面向${who.zh}的员工的${kind.zh}发展通道。` },
      write.body(2),
    );
  }

  for (const level of levels) {
    const isTop = level.rank === level.track.levels.length;
    const action = write.action();
    const action2 = write.action();
    const seniority = SENIORITY[level.rank - 1] ?? bi('senior', '高级');
    const summary = bi(
      `${cap(article(seniority.en))} ${seniority.en} role that ${action.s} and ${action2.s} ${action2.manner.en}.`,
      `${seniority.zh}岗位，负责${action.zh}，并${action2.manner.zh}${action2.zh}。`,
    );
    const responsibilities = texts(Array.from({ length: rng.int(3, 5) }, () => write.responsibility()));
    const en: Record<string, unknown> = {
      title: level.title.en,
      summary: summary.en,
      track: level.track.id,
      rank: level.rank,
      grade: `g${level.grade + 1}`,
      responsibilities: responsibilities.en,
      expectations: Object.fromEntries(level.own),
    };
    const zh: Record<string, unknown> = {
      title: level.title.zh,
      summary: summary.zh,
      responsibilities: responsibilities.zh,
    };
    if (!isTop) {
      const metrics = rng.sample(METRICS, rng.int(1, 3)).map((m) => ({ metric: m.id, target: rng.int(...m.targets) }));
      const conditions = texts(Array.from({ length: rng.int(1, 2) }, () => write.condition()));
      en['promotion'] = {
        minMonths: rng.pick([6, 9, 12, 18, 24]),
        metrics,
        trainings: [...level.promotionTrainings],
        assessments: rng.sample(
          ASSESSMENTS.map((a) => a.id),
          rng.int(0, 2),
        ),
        conditions: conditions.en,
      };
      zh['promotion'] = { conditions: conditions.zh };
    }
    if (level.lateral.length > 0) {
      en['lateralMoves'] = level.lateral.map((m) => ({
        to: m.to.id,
        minMonths: m.minMonths,
        conditions: m.conditions.map((c) => c.en),
      }));
      zh['lateralMoves'] = level.lateral.map((m) => ({ conditions: m.conditions.map((c) => c.zh) }));
    }
    if (level.rank === 1 && rng.chance(0.3)) {
      const steps = ROMAN.map((r) => {
        const object = rng.pick(OBJECTS);
        const audience = rng.pick(AUDIENCES);
        const manner = rng.pick(MANNERS);
        return {
          title: bi(`${level.title.en} ${r}`, `${level.title.zh} ${r}`),
          summary: bi(
            `Handles ${object.en} for ${audience.en} ${manner.en}.`,
            `${manner.zh}为${audience.zh}处理${object.zh}。`,
          ),
        };
      });
      en['subSteps'] = steps.map((s) => ({ title: s.title.en, summary: s.summary.en }));
      zh['subSteps'] = steps.map((s) => ({ title: s.title.zh, summary: s.summary.zh }));
    }
    if (level.rank === 1 || (level.track.kind === 'management' && rng.chance(0.5))) {
      const conditions = texts([write.condition(), write.condition()]);
      en['probation'] = { months: rng.pick([3, 6]), conditions: conditions.en };
      zh['probation'] = { conditions: conditions.zh };
    }
    if (level.rank > 1 && rng.chance(0.6)) {
      const demotion = texts(Array.from({ length: rng.int(1, 2) }, () => write.demotion(rng.pick(METRICS).label)));
      en['demotion'] = demotion.en;
      zh['demotion'] = demotion.zh;
    }
    entry('levels', level.id, en, zh, write.body(rng.int(2, 3)));
  }

  // Indicators are unique across the framework: the same behaviour at two steps cannot be told apart.
  const seen = new Set<string>();
  const freshIndicator = (): Bi => {
    for (;;) {
      const candidate = write.indicator();
      if (!seen.has(candidate.en)) {
        seen.add(candidate.en);
        return candidate;
      }
    }
  };
  competencies.forEach((competency, i) => {
    const indicators = Array.from({ length: TOP_STEP }, (_, s) => ({
      step: String(s + 1),
      items: Array.from({ length: rng.int(3, 4) }, () => freshIndicator()),
    }));
    const knowledge = texts(Array.from({ length: rng.int(3, 5) }, () => write.knowledge()));
    const summary = write.ability();
    entry(
      'competencies',
      competency.id,
      {
        title: competency.title.en,
        summary: summary.en,
        area: AREAS[i % AREAS.length]?.id,
        weight: rng.pick([1, 1, 1, 1.5, 2]),
        indicators: Object.fromEntries(indicators.map((x) => [x.step, x.items.map((t) => t.en)])),
        knowledge: knowledge.en,
      },
      {
        title: competency.title.zh,
        summary: summary.zh,
        indicators: Object.fromEntries(indicators.map((x) => [x.step, x.items.map((t) => t.zh)])),
        knowledge: knowledge.zh,
      },
      write.body(2),
    );
  });

  for (const training of trainings) {
    const action = write.action();
    const noun = FORMAT_NOUN[training.format];
    const lower = training.levels[0];
    const phase =
      lower === undefined
        ? 'on-the-job'
        : lower.rank === 1 && rng.chance(0.6)
          ? 'pre-job'
          : rng.pick(TRAINING_PHASES.slice(1));
    entry(
      'trainings',
      training.id,
      {
        title: training.title.en,
        summary: `A ${training.hours}-hour ${noun.en} on how to ${action.base} ${action.manner.en}.`,
        format: training.format,
        phase,
        hours: training.hours,
        tracks: training.track === null ? [] : [training.track.id],
        levels: training.levels.map((l) => l.id),
        prerequisites: training.prerequisites,
        develops: Object.fromEntries(training.develops),
        mandatoryFor: training.mandatoryFor,
      },
      {
        title: training.title.zh,
        summary: `为期 ${training.hours} 小时的${noun.zh}，学习如何${action.manner.zh}${action.zh}。`,
      },
      write.body(2),
    );
  }

  // Recognition: a few programmes open to everyone, and one for every third track.
  const recognition: { levels: string[]; competencies: string[]; name: Bi }[] = [
    { levels: [], competencies: [globals[0] ?? ''], name: bi('Service star of the month', '月度服务之星') },
    { levels: [], competencies: [globals[3] ?? ''], name: bi('Peer kudos', '同事点赞') },
    { levels: [], competencies: [globals[1] ?? ''], name: bi('Customer compliment wall', '客户表扬墙') },
    { levels: [], competencies: [globals[2] ?? ''], name: bi('Quarterly excellence award', '季度卓越奖') },
  ];
  for (const track of tracks.filter((t) => t.index % 3 === 0)) {
    recognition.push({
      levels: rng.sample(track.levels, rng.int(2, 3)).map((l) => l.id),
      competencies: rng.sample(track.core.slice(GLOBAL_COMPETENCIES.length), rng.int(1, 2)),
      name: bi(`${track.title.en} champion of the quarter`, `${track.title.zh}季度标兵`),
    });
  }
  for (const programme of recognition) {
    const who = write.who();
    const manner = rng.pick(MANNERS);
    const frequency = rng.pick([
      bi('Monthly', '每月'),
      bi('Quarterly', '每季度'),
      bi('Twice a year', '每半年'),
      bi('Once a year', '每年一次'),
      bi('Any time', '随时'),
    ]);
    const role = rng.pick(ROLES);
    const months = rng.int(3, 12);
    const times = rng.int(1, 4);
    const eligibility = texts([
      bi(
        `Colleagues nominated by their ${role.en} after ${months} months in role.`,
        `在岗满 ${months} 个月、由${role.zh}提名的同事。`,
      ),
      bi(`Each person can receive it at most ${times} times a year.`, `每人每年最多获得 ${times} 次。`),
    ]);
    entry(
      'recognition',
      ids.recognition(slug(programme.name.en)),
      {
        title: programme.name.en,
        summary: `Recognises colleagues who ${who.en} ${manner.en}.`,
        kind: rng.pick(['formal', 'peer', 'performance-based', 'non-monetary'] as const),
        frequency: frequency.en,
        eligibility: eligibility.en,
        levels: programme.levels,
        competencies: programme.competencies,
      },
      {
        title: programme.name.zh,
        summary: `表彰${manner.zh}${who.zh}的同事。`,
        frequency: frequency.zh,
        eligibility: eligibility.zh,
      },
      write.body(2),
    );
  }

  const guides: { id: string; kind: 'faq' | 'guide' | 'page'; title: Bi }[] = [
    { id: 'faq', kind: 'faq', title: bi('Frequently asked questions', '常见问题') },
    { id: 'how-promotion-works', kind: 'guide', title: bi('How promotion works', '晋升如何进行') },
    { id: 'about-this-handbook', kind: 'page', title: bi('About this handbook', '关于本手册') },
  ];
  guides.forEach((page, i) => {
    const summary = write.sentence();
    const sections = Array.from({ length: 3 }, () => ({ heading: write.action(), body: write.body(2) }));
    const body = bi(
      sections.map((s) => `## ${cap(s.heading.base)}\n\n${s.body.en}`).join('\n\n'),
      sections.map((s) => `## ${s.heading.zh}\n\n${s.body.zh}`).join('\n\n'),
    );
    entry(
      'pages',
      page.id,
      { title: page.title.en, summary: summary.en, kind: page.kind, order: i + 1 },
      { title: page.title.zh, summary: summary.zh },
      body,
      'mdx',
    );
  });

  const counts: EntityCounts = {
    tracks: tracks.length,
    levels: levels.length,
    comparisons,
    competencies: competencies.length,
    trainings: trainings.length,
    recognition: recognition.length,
    pages: guides.length,
  };
  return { files, counts, expectedPages: htmlPageCount(counts) };
}

/** Ids made unique within one collection by a numeric suffix. */
function uniqueIds(): (id: string) => string {
  const used = new Set<string>();
  return (id) => {
    let candidate = id;
    for (let i = 2; used.has(candidate); i++) candidate = `${id}-${i}`;
    used.add(candidate);
    return candidate;
  };
}

const article = (word: string) => (/^[aeiou]/.test(word) ? 'an' : 'a');

function frontmatter(data: object, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0, aliasDuplicateObjects: false })}---\n\n${body}\n`;
}

/** `framework.yaml`: the bundled handbook's settings with eight grades and six areas. */
function settingsYaml(pages: number, tracks: number): string {
  const label = (t: Bi) => ({ en: t.en, 'zh-cn': t.zh });
  const settings = {
    name: label(bi(`Generated service framework (${pages} pages)`, `生成的服务职业框架（${pages} 页）`)),
    defaultLocale: 'en',
    locales: ['en', 'zh-cn'],
    scale: SCALE.map((s, step) => ({ step, label: label(s.label), description: label(s.description) })),
    grades: GRADES.map((g, i) => ({
      id: `g${i + 1}`,
      label: label(bi(`Grade ${i + 1} — ${g.en}`, `${ZH_NUMBERS[i] ?? i + 1}级 — ${g.zh}`)),
      description: label(
        bi(
          `Level of responsibility ${i + 1} of ${GRADES.length}, comparable across all ${tracks} tracks.`,
          `第 ${i + 1} 级职责（共 ${GRADES.length} 级），在全部 ${tracks} 条通道之间可比。`,
        ),
      ),
    })),
    areas: AREAS.map((a) => ({ id: a.id, label: label(a.label) })),
    metrics: METRICS.map((m) => ({
      id: m.id,
      label: label(m.label),
      unit: m.unit,
      direction: m.direction,
      description: label(m.description),
    })),
    assessments: ASSESSMENTS.map((a) => ({ id: a.id, label: label(a.label), description: label(a.description) })),
    verdict: { nearlyReadyMaxGaps: 2, nearlyReadyMaxGapSteps: 1, readyRequiresCriteria: true },
  };
  return `# Generated by src/node/generate.ts for the scale benchmark.\n${stringify(settings, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
