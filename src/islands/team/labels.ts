/**
 * Every text the team view shows, built on the server from the page's dictionary and handed to the
 * element as JSON (as the self-assessment's labels are), so the browser never needs the dictionaries.
 */
import type { TeamExportWords } from '../../assessment/team-export.ts';
import type { useTranslations } from '../../i18n/index.ts';
import { loadReasonLabels, verdictRuleLabels } from '../assessment/labels.ts';

type Translate = ReturnType<typeof useTranslations>;

const verdicts = (t: Translate) => ({
  ready: t('assess.verdict.ready'),
  'nearly-ready': t('assess.verdict.nearly-ready'),
  'not-yet': t('assess.verdict.not-yet'),
});

function exportWords(t: Translate): TeamExportWords {
  return {
    title: t('team.title'),
    person: t('team.column.person'),
    target: t('team.column.target'),
    area: t('team.column.area'),
    competency: t('level.competency'),
    step: t('team.column.step'),
    expected: t('team.column.expected'),
    gap: t('team.column.gap'),
    totalGap: t('team.column.totalGap'),
    matrixTitle: t('team.matrix.title'),
    demandTitle: t('team.demand.title'),
    coachingTitle: t('team.coaching.title'),
    readinessTitle: t('team.readiness.title'),
    rank: t('team.demand.rank'),
    training: t('team.demand.training'),
    people: t('team.demand.people'),
    steps: t('team.demand.steps'),
    hours: t('team.demand.hours'),
    totalHours: t('team.demand.totalHours'),
    effortUnknown: t('training.effortUnknown'),
    prerequisites: t('team.demand.prerequisites'),
    helps: t('team.demand.helps'),
    verdict: t('team.readiness.verdict'),
    verdicts: verdicts(t),
    unmet: {
      months: t('team.unmet.months'),
      metric: t('team.unmet.metric'),
      training: t('team.unmet.training'),
      assessment: t('team.unmet.assessment'),
      condition: t('team.unmet.condition'),
    },
    separator: t('list.separator'),
    summary: t('team.summary'),
  };
}

export function teamLabels(t: Translate) {
  return {
    words: exportWords(t),
    person: t('team.person'),
    linkSource: t('team.linkSource'),
    colon: t('list.colon'),
    ...verdictRuleLabels(t),
    messages: {
      kept: t('team.msg.kept'),
      notKept: t('team.msg.notKept'),
      forgotten: t('team.msg.forgotten'),
      restored: t('team.msg.restored'),
      loadFailed: t('team.msg.loadFailed'),
      rescored: t('team.rescored'),
    },
    report: {
      title: t('team.report.title'),
      summary: t('team.report.summary'),
      file: t('team.report.file'),
      fileN: t('team.report.fileN'),
      result: t('team.report.result'),
      member: t('team.report.member'),
      outdated: t('team.report.outdated'),
      rescore: t('team.rescore'),
    },
    reasons: {
      ...loadReasonLabels(t),
      duplicate: t('team.reason.duplicate'),
      'no-target': t('team.reason.no-target'),
      foreign: t('team.reason.foreign'),
    },
    empty: t('team.empty'),
    results: t('team.results'),
    matrixCaption: t('team.matrix.caption'),
    sort: t('team.sort'),
    sorts: { person: t('team.sort.person'), target: t('team.sort.target'), gap: t('team.sort.gap') },
    demandIntro: t('team.demand.intro'),
    demandNone: t('team.demand.none'),
    coachingIntro: t('team.coaching.intro'),
    whyColumn: t('team.readiness.why'),
    unmetTitle: t('team.readiness.unmet'),
    chart: {
      title: t('team.chart.title'),
      label: t('team.chart.label'),
      caption: t('team.chart.caption'),
      people: t('team.chart.people'),
    },
  };
}

export type TeamLabels = ReturnType<typeof teamLabels>;
