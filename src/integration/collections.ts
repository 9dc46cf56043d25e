/**
 * Astro content collections over the root `content/` folder. The schemas are the framework's own
 * (`src/framework/schema.ts`); integrity across entries is checked by the framework model, which the
 * Trackbook integration runs before every build (Astro alone would stop at the first bad file and
 * only log a dangling reference).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import {
  competencySchema,
  fitQuestionSchema,
  levelSchema,
  pageSchema,
  recognitionSchema,
  settingsSchema,
  trackSchema,
  trainingSchema,
  type CollectionName,
} from '../framework/schema.ts';

const CONTENT = './content';
/** Markdown and MDX files; a file or folder whose name starts with `_` is ignored. */
const ENTRY_FILES = ['**/*.{md,mdx}', '!**/_*', '!**/_*/**'];

/** The id is the file name, wherever the file sits inside its collection folder. */
function fileNameId({ entry }: { entry: string }): string {
  return (entry.split('/').at(-1) ?? entry).replace(/\.mdx?$/, '');
}

function entries(name: CollectionName) {
  return glob({ base: `${CONTENT}/${name}`, pattern: ENTRY_FILES, generateId: fileNameId });
}

export const collections = {
  tracks: defineCollection({ loader: entries('tracks'), schema: trackSchema }),
  levels: defineCollection({ loader: entries('levels'), schema: levelSchema }),
  competencies: defineCollection({ loader: entries('competencies'), schema: competencySchema }),
  trainings: defineCollection({ loader: entries('trainings'), schema: trainingSchema }),
  recognition: defineCollection({ loader: entries('recognition'), schema: recognitionSchema }),
  pages: defineCollection({ loader: entries('pages'), schema: pageSchema }),
  /** Career-fit questions (optional): without any, the handbook simply has no fit page. */
  fit: defineCollection({ loader: entries('fit'), schema: fitQuestionSchema }),
  /** `framework.yaml`: locales, scale, grades, areas, metrics, assessments. */
  settings: defineCollection({
    loader: glob({ base: CONTENT, pattern: 'framework.yaml', generateId: () => 'framework' }),
    schema: settingsSchema,
  }),
  /** Text-only translations, id `<locale>/<collection>/<id>`; their shape is checked by the framework model. */
  translations: defineCollection({
    loader: glob({
      base: `${CONTENT}/translations`,
      pattern: ENTRY_FILES,
      generateId: ({ entry }) => {
        const [locale = '', collection = '', ...rest] = entry.split('/');
        return `${locale}/${collection}/${fileNameId({ entry: rest.join('/') })}`;
      },
    }),
    schema: z.looseObject({}),
  }),
};
