/**
 * The text `trackbook new` writes into a new entry and its translations, to be replaced by the author.
 * One definition for the scaffold and for the translation check: a translation still holding it is
 * not translated (`新培训` is no Chinese title for a real training), so it counts as untranslated
 * and the page shows the default locale's text with the fallback notice instead.
 */
export interface PlaceholderText {
  title: string;
  summary: string;
  body: string;
}

export type PlaceholderKind = 'track' | 'level' | 'competency' | 'training';
export type PlaceholderLocale = 'en' | 'zh-cn';

export const PLACEHOLDERS: Record<PlaceholderKind, Record<PlaceholderLocale, PlaceholderText>> = {
  track: {
    en: {
      title: 'New track',
      summary: 'Who this track is for and what people on it do.',
      body: 'A few paragraphs about the track: the work, the people it suits, and where it leads.',
    },
    'zh-cn': {
      title: '新通道',
      summary: '这条通道面向哪些人，以及他们做什么工作。',
      body: '用几段话介绍这条通道：工作内容、适合的人，以及发展方向。',
    },
  },
  level: {
    en: {
      title: 'New level',
      summary: 'What someone at this level does, in one line.',
      body: 'A few paragraphs about the level: what changes from the level below and what good looks like.',
    },
    'zh-cn': {
      title: '新层级',
      summary: '用一句话说明这一层级的人做什么。',
      body: '用几段话介绍这一层级：与下一层级相比有什么不同，做得好是什么样子。',
    },
  },
  competency: {
    en: {
      title: 'New competency',
      summary: 'What this competency is, in one or two sentences.',
      body: 'Why this competency matters here and how it grows.',
    },
    'zh-cn': {
      title: '新能力',
      summary: '用一两句话说明这项能力是什么。',
      body: '这项能力为什么重要，以及如何逐步提升。',
    },
  },
  training: {
    en: {
      title: 'New training',
      summary: 'What the training is and who it is for.',
      body: 'What happens in the training, how it is run and how participants show what they learnt.',
    },
    'zh-cn': {
      title: '新培训',
      summary: '培训内容是什么，适合哪些人。',
      body: '培训如何开展，以及学员如何证明学有所得。',
    },
  },
};

const KNOWN: Record<keyof PlaceholderText, Set<string>> = {
  title: new Set(),
  summary: new Set(),
  body: new Set(),
};
for (const locales of Object.values(PLACEHOLDERS))
  for (const text of Object.values(locales))
    for (const field of ['title', 'summary', 'body'] as const) KNOWN[field].add(text[field]);

/** The fields of an entry or translation that still hold the scaffold's placeholder text. */
export function placeholderFields(data: Record<string, unknown>, body: string): (keyof PlaceholderText)[] {
  const found: (keyof PlaceholderText)[] = [];
  for (const field of ['title', 'summary'] as const) {
    const value = data[field];
    if (typeof value === 'string' && KNOWN[field].has(value.trim())) found.push(field);
  }
  if (KNOWN.body.has(body.trim())) found.push('body');
  return found;
}
