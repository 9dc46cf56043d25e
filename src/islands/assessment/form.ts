/**
 * The self-assessment form ↔ its state: what `<tb-assessment>` reads after every change and writes
 * when an assessment is loaded. A value out of the form's limits is not taken (the field says why);
 * the last valid one stays.
 */
import { fill } from '../dom.ts';
import { LIMITS, type AssessmentState } from '../../assessment/state.ts';
import type { AssessmentLabels } from './labels.ts';

const field = (form: HTMLFormElement, name: string) => form.elements.namedItem(name) as HTMLInputElement | null;

/** The state the form shows, on top of `state` (which keeps what the form has no field for). */
export function readForm(form: HTMLFormElement, state: AssessmentState, labels: AssessmentLabels): AssessmentState {
  const data = new FormData(form);
  const ratings: Record<string, number> = { ...state.ratings };
  const notes: Record<string, string> = {};
  const metrics: Record<string, number> = {};
  for (const [name, value] of data.entries()) {
    if (typeof value !== 'string') continue;
    const [kind, id = ''] = name.split(':');
    if (kind === 'rating') ratings[id] = Number(value);
    if (kind === 'note' && value.trim() !== '') notes[id] = value.slice(0, LIMITS.noteLength);
    if (kind === 'metric' && value.trim() !== '') {
      const kept = state.facts.metrics[id];
      if (acceptable(form, name, labels)) metrics[id] = Number(value) + 0;
      else if (kept !== undefined) metrics[id] = kept;
    }
  }
  return {
    ...state,
    name: String(data.get('name') ?? '').slice(0, LIMITS.nameLength),
    current: String(data.get('current') ?? '') || null,
    target: String(data.get('target') ?? '') || null,
    ratings,
    notes,
    facts: {
      monthsInLevel: readMonths(form, data, 'months', state.facts.monthsInLevel, labels),
      ...atNext(readMonths(form, data, 'monthsAtNext', state.facts.monthsAtNext ?? null, labels)),
      metrics,
      trainings: data.getAll('training').map(String),
      assessments: data.getAll('assessment').map(String),
      conditions: data
        .getAll('condition')
        .map(Number)
        .sort((a, b) => a - b),
    },
    updated: new Date().toISOString(),
  };
}

/** Months at the next level are kept only when given, as states saved before the field have none. */
const atNext = (months: number | null) => (months === null ? {} : { monthsAtNext: months });

/** A whole number of months from the field `name`; the last valid one (`kept`) while it is out of range. */
function readMonths(
  form: HTMLFormElement,
  data: FormData,
  name: 'months' | 'monthsAtNext',
  kept: number | null,
  labels: AssessmentLabels,
): number | null {
  const months = String(data.get(name) ?? '').trim();
  if (months === '') return null;
  const value = Number(months);
  return acceptable(form, name, labels) && Number.isInteger(value) ? value : kept;
}

/** Whether a number field's value is within its limits; says why not at the field. */
function acceptable(form: HTMLFormElement, name: string, labels: AssessmentLabels): boolean {
  const input = field(form, name);
  const valid = input === null || input.validity.valid;
  const error = form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(name)}"]`);
  if (error !== null && input !== null) {
    const lang = document.documentElement.lang;
    const [min, max] = [Number(input.min), Number(input.max)].map((n) => n.toLocaleString(lang));
    error.textContent = fill(name.startsWith('months') ? labels.invalid.months : labels.invalid.metric, {
      min: min ?? '',
      max: max ?? '',
    });
    error.hidden = valid;
    input.setAttribute('aria-invalid', String(!valid));
  }
  return valid;
}

/** Shows `state` in the form. */
export function writeForm(form: HTMLFormElement, s: AssessmentState): void {
  const set = (name: string, value: string | null) => {
    const input = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (input !== null) input.value = value ?? '';
  };
  set('name', s.name);
  set('current', s.current);
  set('target', s.target);
  set('months', s.facts.monthsInLevel === null ? '' : String(s.facts.monthsInLevel));
  set('monthsAtNext', s.facts.monthsAtNext === undefined ? '' : String(s.facts.monthsAtNext));
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
    const id = input.name.slice('rating:'.length);
    input.checked = s.ratings[id] === Number(input.value);
  }
  for (const area of form.querySelectorAll<HTMLTextAreaElement>('textarea')) {
    area.value = s.notes[area.name.slice('note:'.length)] ?? '';
  }
  for (const input of form.querySelectorAll<HTMLInputElement>('input[name^="metric:"]')) {
    const value = s.facts.metrics[input.name.slice('metric:'.length)];
    input.value = value === undefined ? '' : String(value);
  }
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const list =
      input.name === 'training' ? s.facts.trainings : input.name === 'assessment' ? s.facts.assessments : null;
    if (list !== null) input.checked = list.includes(input.value);
  }
}
