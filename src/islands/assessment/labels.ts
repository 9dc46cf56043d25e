/**
 * Every text the self-assessment element shows, built on the server from the page's dictionary and
 * handed to the element as JSON, so the browser never needs the dictionaries themselves.
 */
import type { useTranslations } from '../../i18n/index.ts';

type Translate = ReturnType<typeof useTranslations>;

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
    verdictHelp: {
      ready: t('assess.verdictHelp.ready'),
      'nearly-ready': t('assess.verdictHelp.nearly-ready'),
      'not-yet': t('assess.verdictHelp.not-yet'),
    },
    readiness: t('assess.readiness'),
    unrated: t('assess.unrated'),
    gapsTitle: t('assess.gapsTitle'),
    gapsCaption: t('assess.gapsCaption'),
    competency: t('level.competency'),
    expectedColumn: t('assess.expectedColumn'),
    selfColumn: t('assess.selfColumn'),
    currentColumn: t('assess.currentColumn'),
    gapColumn: t('assess.gapColumn'),
    gap: t('assess.gap'),
    surplus: t('assess.surplus'),
    met: t('assess.met'),
    criteriaTitle: t('assess.criteriaTitle'),
    noCriteria: t('assess.noCriteria'),
    status: { met: t('assess.status.met'), 'not-met': t('assess.status.not-met'), unknown: t('assess.status.unknown') },
    criterion: {
      months: t('assess.criterion.months'),
      metric: t('assess.criterion.metric'),
      training: t('assess.criterion.training'),
      assessment: t('assess.criterion.assessment'),
    },
    planTitle: t('assess.planTitle'),
    planIntro: t('assess.planIntro'),
    noPlan: t('assess.noPlan'),
    horizon: { short: t('assess.horizon.short'), mid: t('assess.horizon.mid'), long: t('assess.horizon.long') },
    closes: t('assess.closes'),
    prerequisiteOf: t('assess.prerequisiteOf'),
    hours: t('training.hours'),
    uncovered: t('assess.uncovered'),
    separator: t('list.separator'),
    messages: {
      sharedLoaded: t('assess.msg.sharedLoaded'),
      backToMine: t('assess.msg.backToMine'),
      imported: t('assess.msg.imported'),
      undoImport: t('assess.msg.undoImport'),
      outdated: t('assess.msg.outdated'),
      unknownRefs: t('assess.msg.unknownRefs'),
      storedBroken: t('assess.msg.storedBroken'),
      downloadRaw: t('assess.msg.downloadRaw'),
      dismiss: t('assess.msg.dismiss'),
      loadFailed: t('assess.msg.loadFailed'),
      shareCopied: t('assess.msg.shareCopied'),
      shareManual: t('assess.msg.shareManual'),
      shareTooLong: t('assess.msg.shareTooLong'),
      resetDone: t('assess.msg.resetDone'),
      undoReset: t('assess.msg.undoReset'),
      storageUnavailable: t('assess.msg.storageUnavailable'),
    },
    reasons: {
      'too-large': t('assess.reason.too-large'),
      'not-an-assessment': t('assess.reason.not-an-assessment'),
      'unsupported-version': t('assess.reason.unsupported-version'),
      corrupt: t('assess.reason.corrupt'),
      invalid: t('assess.reason.invalid'),
    },
  };
}

export type AssessmentLabels = ReturnType<typeof assessmentLabels>;
