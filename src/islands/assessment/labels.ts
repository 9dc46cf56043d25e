/**
 * Every text the self-assessment element shows, built on the server from the page's dictionary and
 * handed to the element as JSON, so the browser never needs the dictionaries themselves.
 */
import { changePhrases } from '../../i18n/changes.ts';
import type { useTranslations } from '../../i18n/index.ts';

type Translate = ReturnType<typeof useTranslations>;

/** Why a file, link or save could not be loaded (the codec's reasons). */
export const loadReasonLabels = (t: Translate) => ({
  'too-large': t('assess.reason.too-large'),
  'not-an-assessment': t('assess.reason.not-an-assessment'),
  'unsupported-version': t('assess.reason.unsupported-version'),
  corrupt: t('assess.reason.corrupt'),
  damaged: t('assess.reason.damaged'),
});

/** Headings of the KPI bands in the results and the exports. */
const kpiLabels = (t: Translate) => ({
  current: t('assess.kpisCurrent'),
  target: t('assess.kpisTarget'),
  note: t('assess.kpisNote'),
});

/** The words of the rule that decided a verdict (`why.ts`), for the results and the team view alike. */
export function verdictRuleLabels(t: Translate) {
  return {
    why: {
      ready: t('assess.why.ready'),
      criteria: t('assess.why.criteria'),
      nearly: t('assess.why.nearly'),
      'not-yet': t('assess.why.not-yet'),
    },
    count: {
      gaps: { one: t('assess.count.gaps.one'), other: t('assess.count.gaps.other') },
      steps: { one: t('assess.count.steps.one'), other: t('assess.count.steps.other') },
      criteria: { one: t('assess.count.criteria.one'), other: t('assess.count.criteria.other') },
    },
  };
}

/** The words the printout and the exports share with the results (`ExportWords` of export.ts). */
const exportWords = (t: Translate) => ({
  competency: t('level.competency'),
  expected: t('assess.expectedColumn'),
  self: t('assess.selfColumn'),
  gap: t('assess.gapColumn'),
  note: t('assess.noteColumn'),
  verdict: t('assess.verdictWord'),
  indicative: t('assess.indicative'),
  readiness: t('assess.readinessWord'),
  readinessLine: t('assess.readiness'),
  plan: t('assess.planTitle'),
  criteria: t('assess.criteriaTitle'),
  lateralCriteria: t('assess.criteriaTitle.lateral'),
  kpis: kpiLabels(t),
  probation: {
    current: t('assess.probationCurrent'),
    target: t('assess.probationTarget'),
    weeks: t('level.probationWeeks'),
    months: t('level.probationMonths'),
    conditions: t('assess.probationConditions'),
    note: t('assess.probationNote'),
  },
  criterion: {
    months: t('assess.criterion.months'),
    monthsAtNext: t('assess.criterion.monthsAtNext'),
    metric: t('assess.criterion.metric'),
    training: t('assess.criterion.training'),
    assessment: t('assess.criterion.assessment'),
    kpi: t('assess.kpi'),
    band: { perHour: t('unit.per-hour'), min: t('kpi.min'), max: t('kpi.max') },
  },
  effort: {
    hours: t('training.hours'),
    unknown: t('training.effortUnknown'),
    total: t('assess.planTotal'),
    atLeast: t('assess.planTotalAtLeast'),
  },
  about: {
    bandTitle: t('level.bandTitle'),
    name: t('assess.about.name'),
    current: t('assess.about.current'),
    noCurrent: t('assess.noCurrent'),
    target: t('assess.about.target'),
    date: t('assess.about.date'),
    version: t('assess.about.version'),
  },
  compare: {
    title: t('assess.compare.title'),
    column: t('assess.compare.column'),
    agree: t('assess.compare.agree'),
    ratedDifferently: t('assess.compare.ratedDifferently'),
  },
  verdicts: {
    ready: t('assess.verdict.ready'),
    'nearly-ready': t('assess.verdict.nearly-ready'),
    'not-yet': t('assess.verdict.not-yet'),
  },
  statuses: {
    met: t('assess.status.met'),
    'not-met': t('assess.status.not-met'),
    unknown: t('assess.status.unknown'),
  },
  title: t('assess.title'),
});

/** The messages of loading, sharing, saving and resetting an assessment. */
const messageLabels = (t: Translate) => ({
  sharedLoaded: t('assess.msg.sharedLoaded'),
  backToMine: t('assess.msg.backToMine'),
  imported: t('assess.msg.imported'),
  undoImport: t('assess.msg.undoImport'),
  unknownRefs: t('assess.msg.unknownRefs'),
  storedBroken: t('assess.msg.storedBroken'),
  downloadRaw: t('assess.msg.downloadRaw'),
  dismiss: t('assess.msg.dismiss'),
  loadFailed: t('assess.msg.loadFailed'),
  shareCopied: t('assess.msg.shareCopied'),
  shareManual: t('assess.msg.shareManual'),
  shareTooLong: t('assess.msg.shareTooLong'),
  dropped: t('assess.msg.dropped'),
  otherTab: t('assess.msg.otherTab'),
  useOther: t('assess.msg.useOther'),
  keepThis: t('assess.msg.keepThis'),
  storageFull: t('assess.msg.storageFull'),
  resetDone: t('assess.msg.resetDone'),
  undoReset: t('assess.msg.undoReset'),
});

/** What the results say of an assessment scored against an earlier version of the handbook. */
const outdatedLabels = (t: Translate) => ({
  title: t('assess.outdated.title'),
  intro: t('assess.outdated.intro'),
  nothing: t('assess.outdated.nothing'),
  unknown: t('assess.outdated.unknown'),
  noTarget: t('assess.outdated.noTarget'),
  generic: t('assess.outdated.generic'),
  pending: t('assess.outdated.pending'),
  rescore: t('assess.outdated.rescore'),
  rescored: t('assess.outdated.rescored'),
});

export function assessmentLabels(t: Translate) {
  return {
    route: {
      promotion: t('assess.route.promotion'),
      lateral: t('assess.route.lateral'),
      'same-level': t('assess.route.same-level'),
      other: t('assess.route.other'),
    },
    expected: t('assess.expected'),
    notExpected: t('assess.notExpectedHere'),
    progress: t('assess.progressText'),
    saved: t('assess.saved'),
    notSaved: t('assess.notSaved'),
    results: t('assess.results'),
    verdict: {
      ready: t('assess.verdict.ready'),
      'nearly-ready': t('assess.verdict.nearly-ready'),
      'not-yet': t('assess.verdict.not-yet'),
    },
    ...verdictRuleLabels(t),
    verdictHelp: {
      ready: t('assess.verdictHelp.ready'),
      'nearly-ready': t('assess.verdictHelp.nearly-ready'),
      'not-yet': t('assess.verdictHelp.not-yet'),
    },
    readiness: t('assess.readiness'),
    indicative: t('assess.indicative'),
    noVerdict: t('assess.noVerdict'),
    noVerdictAnnounce: t('assess.noVerdictAnnounce'),
    criterionGap: t('assess.criterionGap'),
    criteriaHint: t('assess.criteriaScaleHint'),
    criterionRow: t('assess.criterionRow'),
    unrated: t('assess.unrated'),
    gapsTitle: t('assess.gapsTitle'),
    gapsCaption: t('assess.gapsCaption'),
    competency: t('level.competency'),
    expectedColumn: t('assess.expectedColumn'),
    selfColumn: t('assess.selfColumn'),
    currentColumn: t('assess.currentColumn'),
    gapColumn: t('assess.gapColumn'),
    gap: { one: t('assess.gap.one'), other: t('assess.gap.other') },
    surplus: { one: t('assess.surplus.one'), other: t('assess.surplus.other') },
    met: t('assess.met'),
    criteriaTitle: t('assess.criteriaTitle'),
    lateralCriteriaTitle: t('assess.criteriaTitle.lateral'),
    noCriteria: t('assess.noCriteria'),
    kpis: kpiLabels(t),
    status: { met: t('assess.status.met'), 'not-met': t('assess.status.not-met'), unknown: t('assess.status.unknown') },
    planTitle: t('assess.planTitle'),
    planIntro: t('assess.planIntro'),
    noPlan: t('assess.noPlan'),
    noPlanGaps: t('assess.noPlanGaps'),
    elsewhere: t('assess.elsewhere'),
    horizon: {
      short: t('assess.horizon.short'),
      mid: t('assess.horizon.mid'),
      long: t('assess.horizon.long'),
      unknown: t('assess.horizon.unknown'),
    },
    closes: t('assess.closes'),
    prerequisiteOf: t('assess.prerequisiteOf'),
    uncovered: t('assess.uncovered'),
    separator: t('list.separator'),
    colon: t('list.colon'),
    open: t('list.open'),
    close: t('list.close'),
    chartLabel: t('assess.chartLabel'),
    chartCaption: t('assess.chartCaption'),
    chartCaptionBars: t('assess.chartCaptionBars'),
    chartTarget: t('assess.chartTarget'),
    announce: t('assess.announce'),
    compare: {
      title: t('assess.compare.title'),
      summary: t('assess.compare.summary'),
      you: t('assess.compare.you'),
      other: t('assess.compare.other'),
      column: t('assess.compare.column'),
      agree: t('assess.compare.agree'),
      differs: { one: t('assess.compare.differs.one'), other: t('assess.compare.differs.other') },
      oneRated: t('assess.compare.oneRated'),
      ratedDifferently: t('assess.compare.ratedDifferently'),
      otherTarget: t('assess.compare.otherTarget'),
    },
    exportWords: exportWords(t),
    messages: messageLabels(t),
    recover: {
      item: t('assess.recover.item'),
      restore: t('assess.recover.restore'),
      none: t('assess.recover.none'),
      restored: t('assess.msg.restored'),
      noTarget: t('assess.recover.noTarget'),
    },
    invalid: { months: t('assess.invalid.months'), metric: t('assess.invalid.metric') },
    outdated: outdatedLabels(t),
    changes: changePhrases(t),
    reasons: loadReasonLabels(t),
  };
}

export type AssessmentLabels = ReturnType<typeof assessmentLabels>;
