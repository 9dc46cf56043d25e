/**
 * Every text the career-fit element shows, built on the server from the page's dictionary and
 * handed to the element as JSON, so the browser never needs the dictionaries themselves.
 */
import type { useTranslations } from '../../i18n/index.ts';

type Translate = ReturnType<typeof useTranslations>;

export function fitLabels(t: Translate) {
  return {
    /** With `{count}`. */
    unanswered: t('fit.unanswered'),
    /** With `{rank}`. */
    rank: t('fit.rank'),
    /** With `{percent}`. */
    match: t('fit.share'),
    noMatch: t('fit.shareNone'),
    weights: { 1: t('fit.weight.1'), 2: t('fit.weight.2'), 3: t('fit.weight.3') } as Record<number, string>,
    separator: t('list.separator'),
    open: t('list.open'),
    close: t('list.close'),
    shareCopied: t('fit.shareCopied'),
    shareReady: t('fit.shareReady'),
    dismiss: t('assess.msg.dismiss'),
    link: {
      loaded: t('fit.link.loaded'),
      damaged: t('fit.link.damaged'),
      'not-a-fit-result': t('fit.link.notFit'),
      /** With `{version}`. */
      'unsupported-version': t('fit.link.unsupported'),
      'too-large': t('fit.link.tooLarge'),
      outdated: t('fit.link.outdated'),
    },
  };
}

export type FitLabels = ReturnType<typeof fitLabels>;
