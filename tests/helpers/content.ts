/** Test helpers: build a content folder from the base fixture plus a case's changes. */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
export const BASE = join(FIXTURES, 'base');
/** A copy of the Service Advance Track (the demo's content when it was taken): a large, complete framework. */
export const SERVICE = join(FIXTURES, 'service-advance');
/** The demo's own content folder: only the demo's tests (tests/demo/) read it. */
export const BUNDLED = new URL('../../content/', import.meta.url).pathname;

export interface ExpectedDiagnostic {
  severity: 'error' | 'warning';
  file: string;
  code: string;
  field?: string;
  /** The line the problem is reported on, when the case names one. */
  line?: number;
  message: string;
  fix?: string;
}

/** Text added to a file when the case is laid out, for a case too large to commit (a 5 MB paste). */
export interface GeneratedText {
  file: string;
  text: string;
  times: number;
}

export interface BrokenCase {
  name: string;
  description: string;
  remove: string[];
  append: GeneratedText[];
  expect: ExpectedDiagnostic[];
}

/** Copies `from` into a fresh temporary folder and returns its path. */
export function copyToTemp(from: string, prefix = 'trackbook-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** The base fixture with the case's files laid over it and its `remove` list deleted. */
export function materialiseCase(c: BrokenCase): string {
  const dir = copyToTemp(BASE);
  const overlay = join(FIXTURES, 'broken', c.name, 'content');
  if (existsSync(overlay)) cpSync(overlay, dir, { recursive: true });
  for (const file of c.remove) rmSync(join(dir, file));
  for (const a of c.append) appendFileSync(join(dir, a.file), a.text.repeat(a.times));
  return dir;
}

export function readCase(name: string): BrokenCase {
  const raw = parse(readFileSync(join(FIXTURES, 'broken', name, 'case.yaml'), 'utf8')) as Omit<BrokenCase, 'name'>;
  return { name, description: raw.description, remove: raw.remove ?? [], append: raw.append ?? [], expect: raw.expect };
}
