/**
 * The first content of a new handbook (`trackbook init`): the smallest framework that builds a
 * complete site, every field in use and explained, in the organisation's own name. One track with two
 * levels, two competencies, one training, the FAQ and the HR editing guide. Its text exists in English
 * and Chinese: the structure files are written in the default locale's text (English for a locale with
 * no text here, for HR to replace), with translations for the other of the two when it is published.
 */
import { isMap, parse, parseDocument, stringify } from 'yaml';
import type { Locale } from '../../framework/vocabulary.ts';

export interface ContentAnswers {
  name: string;
  locales: Locale[];
  defaultLocale: Locale;
}

export interface ProjectFile {
  path: string;
  text: string;
}

/** The languages the first content is written in. */
type TextLocale = 'en' | 'zh-cn';
const TEXT_LOCALES: readonly Locale[] = ['en', 'zh-cn'];

/** The language the structure files are written in: the default locale's, else English. */
function sourceText(defaultLocale: Locale): TextLocale {
  return defaultLocale === 'zh-cn' ? 'zh-cn' : 'en';
}

/**
 * `{ en: Expert, zh-cn: 专家 }`: the default locale (in the source text) and the other published
 * locales there is text for; the rest fall back to the default locale, as the coverage report says.
 */
function label(en: string, zh: string, { locales, defaultLocale }: ContentAnswers): string {
  const text = (l: Locale) => ((l === defaultLocale ? sourceText(l) : l) === 'zh-cn' ? zh : en);
  const parts = locales
    .filter((l) => l === defaultLocale || TEXT_LOCALES.includes(l))
    .map((l) => `${l}: ${JSON.stringify(text(l))}`);
  return `{ ${parts.join(', ')} }`;
}

function settings(answers: ContentAnswers): string {
  const { name, locales, defaultLocale } = answers;
  const l = (en: string, zh: string) => label(en, zh, answers);
  return `# The handbook's settings. Every field is explained in the editing guide
# (content/pages/editing-the-handbook.mdx, published as /${defaultLocale}/editing-the-handbook/).

# The handbook's name, per language.
name: { ${defaultLocale}: ${JSON.stringify(name)} }
# The language the structure is written in; other languages supply text only.
defaultLocale: ${defaultLocale}
# Every language the handbook is published in.
locales: [${locales.join(', ')}]
# The proficiency scale competencies are rated on, lowest step first.
scale:
  - { step: 0, label: ${l('Not yet', '尚未具备')} }
  - { step: 1, label: ${l('Learning', '学习中')} }
  - { step: 2, label: ${l('Practising', '实践中')} }
  - { step: 3, label: ${l('Proficient', '熟练')} }
  - { step: 4, label: ${l('Expert', '专家')} }
# Job grades, lowest first: levels on different tracks with the same grade carry the same weight.
grades:
  - { id: g1, label: ${l('Grade 1', '一级')} }
  - { id: g2, label: ${l('Grade 2', '二级')} }
# Groups of competencies, in the order pages show them.
areas:
  - { id: core, label: ${l('Core skills', '核心能力')} }
# Performance metrics promotion targets can name, e.g.
#   - { id: quality-score, label: { en: Quality score }, unit: percent, direction: higher }
metrics: []
# Formal assessments promotion can require, e.g.
#   - { id: case-review, label: { en: Case review } }
assessments: []
# The organisation's look, all optional: files are paths inside content/, the accent colours
# links and buttons in the light and the dark theme (each must reach 4.5:1 contrast), e.g.
# brand:
#   logo: assets/logo.svg
#   favicon: assets/favicon.png
#   accent: { light: '#0b5cad', dark: '#8cc4ff' }
`;
}

const ENGLISH: ProjectFile[] = [
  {
    path: 'tracks/practitioner.md',
    text: `---
# The track's name: a column of the career lattice.
title: Individual contributor
summary: The individual contributor path, from first day to fully independent work.
# individual (a contributor ladder), management (people leaders) or specialist.
kind: individual
# Column position in the lattice, smallest first.
order: 1
---

Describe who this track is for and how people move along it.
`,
  },
  {
    path: 'levels/associate.md',
    text: `---
title: Associate
summary: Learns the work with guidance and handles routine tasks.
track: practitioner
# Position on the track: 1 is the entry level.
rank: 1
grade: g1
responsibilities:
  - Handle routine requests with the help of the team's guides.
  - Ask for help early when a case is new.
# The step of the scale expected for each competency at this level.
expectations:
  communication: 1
  problem-solving: 1
# What it takes to move up to the next level on the track.
promotion:
  minMonths: 12
  trainings: [onboarding]
  conditions:
    - A positive review from your team lead.
---

What an associate does, what good looks like, and how long people usually stay.
`,
  },
  {
    path: 'levels/practitioner.md',
    text: `---
title: Practitioner
summary: Works independently and helps newer colleagues.
track: practitioner
rank: 2
grade: g2
responsibilities:
  - Handle the full range of requests without supervision.
  - Show new colleagues how the work is done.
expectations:
  communication: 2
  problem-solving: 2
---

What changes from the associate level, and what good looks like here.
`,
  },
  {
    path: 'competencies/communication.md',
    text: `---
title: Communication
summary: Makes sure the other person understands, and is understood.
area: core
# How much this competency counts in the self-assessment's weighted score.
weight: 1
# What each step of the scale looks like in practice: observable behaviour.
indicators:
  1: [Explains a standard answer clearly when it is prepared.]
  2: [Adapts the explanation to the person and checks it was understood.]
  3: [Handles difficult conversations calmly and leaves the person informed.]
  4: [Coaches colleagues on how to explain hard topics.]
knowledge:
  - The team's tone and writing guidelines.
---
`,
  },
  {
    path: 'competencies/problem-solving.md',
    text: `---
title: Problem solving
summary: Finds the cause of a problem and a fix that lasts.
area: core
weight: 1
indicators:
  1: [Follows the documented steps for a known problem.]
  2: [Finds the cause of an unfamiliar problem with the tools available.]
  3: [Solves problems that cross teams and records what was learnt.]
  4: [Spots recurring problems and changes the process that causes them.]
knowledge:
  - Where the team's guides and known issues are kept.
---
`,
  },
  {
    path: 'trainings/onboarding.md',
    text: `---
title: Onboarding course
summary: The first weeks on the job, with the tools, the guides and how the team works.
# course, e-learning, workshop, coaching, mentoring, shadowing, job-rotation, project, exam or briefing.
format: course
# pre-job, on-the-job or differentiated.
phase: pre-job
hours: 16
# The step each competency reaches after the training.
develops:
  communication: 1
  problem-solving: 1
# Levels that must complete it.
mandatoryFor: [associate]
---

What the course covers and how to sign up.
`,
  },
];

const CHINESE: ProjectFile[] = [
  {
    path: 'translations/zh-cn/tracks/practitioner.md',
    text: '---\ntitle: 个人贡献者\nsummary: 个人贡献者的发展路径，从入职到完全独立工作。\n---\n\n说明这个通道适合谁，以及人们如何在其中发展。\n',
  },
  {
    path: 'translations/zh-cn/levels/associate.md',
    text: '---\ntitle: 助理\nsummary: 在指导下学习工作，处理常规任务。\nresponsibilities:\n  - 借助团队指南处理常规请求。\n  - 遇到新情况时及早求助。\npromotion:\n  conditions:\n    - 组长给出正面评价。\n---\n\n说明助理的工作内容、良好表现的标准，以及通常的任职时间。\n',
  },
  {
    path: 'translations/zh-cn/levels/practitioner.md',
    text: '---\ntitle: 专员\nsummary: 独立工作，并帮助新同事。\nresponsibilities:\n  - 无需监督处理各类请求。\n  - 向新同事示范工作方法。\n---\n\n说明与助理相比有哪些变化，以及这一级的良好表现。\n',
  },
  {
    path: 'translations/zh-cn/competencies/communication.md',
    text: '---\ntitle: 沟通\nsummary: 确保对方理解，也被对方理解。\nindicators:\n  1: [在有准备的情况下清楚说明标准答复。]\n  2: [根据对象调整说明方式，并确认对方已理解。]\n  3: [冷静处理困难的对话，让对方了解情况。]\n  4: [指导同事如何说明复杂的话题。]\nknowledge:\n  - 团队的语气与写作规范。\n---\n',
  },
  {
    path: 'translations/zh-cn/competencies/problem-solving.md',
    text: '---\ntitle: 解决问题\nsummary: 找到问题的原因和持久的解决办法。\nindicators:\n  1: [按照文档步骤处理已知问题。]\n  2: [利用现有工具找出陌生问题的原因。]\n  3: [解决跨团队的问题，并记录经验。]\n  4: [发现反复出现的问题，并改进导致问题的流程。]\nknowledge:\n  - 团队指南和已知问题的存放位置。\n---\n',
  },
  {
    path: 'translations/zh-cn/trainings/onboarding.md',
    text: '---\ntitle: 入职课程\nsummary: 最初几周：工具、指南和团队的工作方式。\n---\n\n说明课程内容以及报名方式。\n',
  },
];

const CHINESE_PAGES: ProjectFile[] = [
  {
    path: 'translations/zh-cn/pages/faq.mdx',
    text: `---
title: 常见问题
summary: 关于本手册最常被问到的问题，简短作答。
---

## 这本手册是给谁看的？

给这里的每一位员工，以及考虑加入的人：它列出每一个层级、每一级的要求，以及继续发展需要什么。

## 怎样知道下一步需要什么？

从首页打开你所在的层级：页面列出能力要求、晋升条件，以及能弥补常见差距的培训。自我评估可以把你和任意层级进行对比。

## 自我评估会把我的答案发送出去吗？

不会。它在你的浏览器中运行，只保存在你的设备上；除非你自己选择分享链接或文件。
`,
  },
  {
    path: 'translations/zh-cn/pages/editing-the-handbook.mdx',
    text: `---
title: 编辑手册
summary: HR 如何修改本手册：内容写在哪里、如何检查修改、如何发布。
---

手册的全部内容都以纯文本文件的形式保存在 git 仓库的 \`content\` 文件夹中。大多数修改只是改动一个文件里的一句话或一个数字，在 git 网页界面中就能完成。

## 内容在哪里

- \`framework.yaml\`：名称、语言、能力等级量表、职级、能力领域、指标和考核。
- \`tracks\`、\`levels\`、\`competencies\`、\`trainings\`、\`recognition\` 和 \`pages\`：每个条目一个文件。文件名就是条目的 id（用连字符连接的小写英文单词），不要更改，因为链接和保存的自我评估都依赖它；要改名称，请修改 \`title\`。
- \`translations/<语言>\`：同一批条目在另一种语言中的文字，不含结构。

文件开头两行 \`---\` 之间是字段，之后是 Markdown 格式的说明。\`draft: true\` 可以让条目在编辑期间不发布。

## 按职级写要求，还是按等级写？

职级可以写明期望的能力等级（\`expectations\`），也可以用自己的话写出要求（\`criteria\`），或两者都写。
技能在各处按可比的等级提升时，写等级；框架本来就按职级写成时，写要求。员工在自我评估中对照这些要求自评。
详细说明见 Trackbook 的内容参考（content/README.md）。

## 新增条目

\`npm run new -- level senior-practitioner --track practitioner\`（也可以是 \`track\`、\`competency\`、\`training\`）会生成一个带字段说明的新文件，标记为草稿。

## 检查修改

\`npm run check\` 一次列出所有问题，每个问题都注明文件、字段和修改建议。每个拉取请求都会自动运行同样的检查，所以你也可以直接在浏览器中编辑并查看结果。

## 发布

为你的修改创建拉取请求。合并到 \`main\` 之后，手册会重新构建并发布，“更新记录”页面会列出你的提交。
`,
  },
];

/** Every content file of a new handbook, paths relative to `content/`. */
export function initialContent(answers: ContentAnswers): ProjectFile[] {
  const source = sourceText(answers.defaultLocale);
  const others = answers.locales.filter((l) => l !== answers.defaultLocale && TEXT_LOCALES.includes(l));
  const chinese = new Map(
    [...CHINESE, ...CHINESE_PAGES].map((f) => [f.path.replace('translations/zh-cn/', ''), f.text]),
  );
  const files: ProjectFile[] = [{ path: 'framework.yaml', text: settings(answers) }];
  for (const file of [...ENGLISH, ...pages(answers)]) {
    const zh = chinese.get(file.path) ?? '';
    files.push({ path: file.path, text: source === 'zh-cn' ? withText(file.text, zh) : file.text });
    for (const locale of others) {
      const text = locale === 'zh-cn' ? zh : textOf(file.text, zh);
      files.push({ path: `translations/${locale}/${file.path}`, text });
    }
  }
  return files;
}

interface Split {
  front: string;
  body: string;
}

function split(file: string): Split {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(file);
  return { front: match?.[1] ?? '', body: match?.[2] ?? '' };
}

/** A structure file with its text fields and body taken from a translation (comments kept). */
function withText(file: string, translation: string): string {
  const main = split(file);
  const other = split(translation);
  const doc = parseDocument(main.front);
  // Into a mapping the structure file has (promotion, indicators), else the whole value.
  const put = (path: unknown[], value: unknown) => {
    if (!isRecord(value) || !isMap(doc.getIn(path, true))) return doc.setIn(path, value);
    for (const [key, inner] of Object.entries(value)) put([...path, /^\d+$/.test(key) ? Number(key) : key], inner);
  };
  for (const [key, value] of Object.entries((parse(other.front) ?? {}) as Record<string, unknown>)) put([key], value);
  const body = other.body.trim() === '' ? main.body : other.body;
  return `---\n${String(doc).trimEnd()}\n---\n${body}`;
}

/** The text fields of a structure file that a translation carries, as a translation file of its own. */
function textOf(file: string, translation: string): string {
  const main = split(file);
  const data = (parse(main.front) ?? {}) as Record<string, unknown>;
  const pick = (shape: unknown, from: unknown): unknown =>
    isRecord(shape) && isRecord(from)
      ? Object.fromEntries(Object.keys(shape).map((k) => [k, pick(shape[k], from[k])]))
      : from;
  const text = pick(parse(split(translation).front) ?? {}, data);
  return `---\n${stringify(text).trimEnd()}\n---\n${main.body}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pages({ name }: ContentAnswers): ProjectFile[] {
  return [
    {
      path: 'pages/faq.mdx',
      text: `---
title: Questions and answers
summary: Short answers to what people ask most about ${name}.
kind: faq
order: 1
---

## Who is this handbook for?

Everyone who works here, and people thinking of joining: it shows every level, what each expects,
and what it takes to move on.

## How do I find out what my next step needs?

Open your level from the home page: it lists the expectations, the promotion criteria and the trainings
that close the usual gaps. The self-assessment compares you with any level you choose.

## Does the self-assessment send my answers anywhere?

No. It runs in your browser and saves only on your device, unless you choose to share a link or a file.
`,
    },
    {
      path: 'pages/editing-the-handbook.mdx',
      text: `---
title: Editing the handbook
summary: How HR changes this handbook, where each thing is written, how to check a change and how it is published.
kind: guide
order: 2
---

Everything this handbook says is written in plain text files in its git repository, in the \`content\`
folder. Most changes are a sentence or a number in one file, made in the git web interface.

## Where things are

- \`framework.yaml\`: the name, the languages, the proficiency scale, grades, competency areas, metrics
  and assessments.
- \`tracks\`, \`levels\`, \`competencies\`, \`trainings\`, \`recognition\` and \`pages\`: one file per entry.
  The file name is the entry's id (lowercase words joined by hyphens) and never changes, because links
  and saved self-assessments use it; change the \`title\` instead.
- \`translations/<language>\`: the text of the same entries in another language, structure left out.

A file starts with its fields between two \`---\` lines, followed by a description in Markdown.
\`draft: true\` keeps an entry unpublished while you work on it.

## Criteria per level or scale steps?

A level can name the step of the proficiency scale it expects (\`expectations: { communication: 3 }\`),
or say in its own words what it expects (\`criteria: { communication: Explains a refund policy calmly
to an upset customer. }\`), or both. Write steps when a skill grows in comparable steps everywhere;
write criteria when your framework is written level by level. People rate themselves against the
criteria in the self-assessment. The content reference (content/README.md in Trackbook) has the details.

## Adding an entry

\`npm run new -- level senior-practitioner --track practitioner\` (or \`track\`, \`competency\`,
\`training\`) writes a new file with every field explained, as a draft.

## Checking a change

\`npm run check\` lists every problem at once, each with the file, the field and a fix. The same check
runs on every pull request, so you can also edit in the browser and read the result there.

## Publishing

Open a pull request with your change. When it is merged into \`main\`, the handbook is rebuilt and
published, and the "What changed" page lists your commit.
`,
    },
  ];
}
