/**
 * `<tb-fit>`: the career-fit questionnaire. Shows the questions one at a time or all at once, reads
 * the chosen answers from the form, scores them with the pure module (src/assessment/fit.ts), puts
 * the pre-rendered track cards in ranked order and fills in each one's match and the answers that
 * pointed there. A result travels as a checked share link in the URL fragment; nothing leaves the
 * browser.
 */
import { decodeFitLink, encodeFitLink, fitState, type FitLoaded } from '../../assessment/fit-link.ts';
import { scoreFit, usableAnswers, type FitQuestionInput, type FitResult, type TrackFit } from '../../assessment/fit.ts';
import { el, fill } from '../dom.ts';
import type { FitLabels } from './labels.ts';

const STRENGTHS_SHOWN = 3;

class TbFit extends HTMLElement {
  private labels!: FitLabels;
  private questions: FitQuestionInput[] = [];
  private tracks: string[] = [];
  private form!: HTMLFormElement;
  /** Position of the question shown in one-at-a-time mode. */
  private current = 0;

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('[data-form]');
    if (form === null) return;
    this.form = form;
    this.labels = this.json('labels', {} as FitLabels);
    this.questions = this.json('questions', []);
    this.tracks = this.json('tracks', []);
    this.find('[data-mode]').hidden = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    form.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).name === 'mode') this.showMode();
    });
    this.find('[data-previous]').addEventListener('click', () => this.step(-1));
    this.find('[data-next]').addEventListener('click', () => this.step(1));
    this.querySelector('[data-result]')?.addEventListener('click', (event) => this.act(event));
    this.showMode();
    if (location.hash.startsWith('#f')) void this.loadLink(location.hash);
  }

  private json<T>(name: string, fallback: T): T {
    try {
      return JSON.parse(this.dataset[name] ?? '') as T;
    } catch {
      return fallback;
    }
  }

  private find<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector) ?? (el('div') as unknown as T);
  }

  private get oneAtATime(): boolean {
    return (this.form.elements.namedItem('mode') as RadioNodeList | null)?.value !== 'all';
  }

  private items(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('[data-question]')];
  }

  private showMode(): void {
    const one = this.oneAtATime;
    this.items().forEach((item, i) => (item.hidden = one && i !== this.current));
    this.find('[data-stepper]').hidden = !one;
    this.find<HTMLButtonElement>('[data-previous]').disabled = this.current === 0;
    this.find<HTMLButtonElement>('[data-next]').disabled = this.current === this.items().length - 1;
  }

  /** Shows the question at `index` (one at a time) and puts the keyboard on its answers. */
  private goTo(index: number): void {
    this.current = Math.max(0, Math.min(index, this.items().length - 1));
    this.showMode();
    const item = this.items()[this.current];
    (item?.querySelector<HTMLInputElement>('input:checked') ?? item?.querySelector('input'))?.focus();
  }

  private step(by: number): void {
    this.goTo(this.current + by);
  }

  private answers(): Record<string, number> {
    const answers: Record<string, number> = {};
    for (const q of this.questions) {
      const value = (this.form.elements.namedItem(`q:${q.id}`) as RadioNodeList | null)?.value ?? '';
      if (value !== '') answers[q.id] = Number(value);
    }
    return answers;
  }

  private submit(): void {
    const answers = this.answers();
    const open = this.questions.filter((q) => answers[q.id] === undefined);
    this.clearMessages();
    if (open.length > 0) {
      this.message(fill(this.labels.unanswered, { count: open.length }), 'alert');
      this.goTo(this.questions.indexOf(open[0] as FitQuestionInput));
      return;
    }
    this.show(scoreFit(this.questions, this.tracks, answers));
  }

  private show(result: FitResult): void {
    const ranking = this.find('[data-ranking]');
    result.tracks.forEach((fit, i) => {
      const card = ranking.querySelector<HTMLElement>(`[data-track="${fit.track}"]`);
      if (card === null) return;
      this.fillCard(card, fit, i + 1);
      ranking.append(card);
    });
    this.showStrengths(result);
    const section = this.find('[data-result]');
    section.hidden = false;
    this.setAttribute('data-has-result', '');
    section.focus();
  }

  private fillCard(card: HTMLElement, fit: TrackFit, rank: number): void {
    card.querySelector('[data-rank]')?.replaceChildren(fill(this.labels.rank, { rank }) + ' ');
    const percent = Math.round(fit.share * 100);
    card
      .querySelector('[data-match]')
      ?.replaceChildren(fit.score > 0 ? fill(this.labels.match, { percent }) : this.labels.noMatch);
    const reasons = fit.reasons.map((r) =>
      el(
        'li',
        {},
        el('span', {}, this.statement(r.question, r.option)),
        ' ',
        el('span', { class: 'tb-badge' }, this.labels.weights[r.weight] ?? String(r.weight)),
        ' ',
        el('span', { class: 'tb-note' }, this.text(`[data-question="${r.question}"] [data-prompt]`)),
      ),
    );
    card.querySelector('[data-reasons]')?.replaceChildren(...reasons);
    const box = card.querySelector<HTMLElement>('[data-reasons-box]');
    if (box !== null) box.hidden = reasons.length === 0;
  }

  private showStrengths(result: FitResult): void {
    const names = this.json<Record<string, [string, string]>>('competencies', {});
    const links = result.strengths.slice(0, STRENGTHS_SHOWN).flatMap((s, i) => {
      const [title, href] = names[s.competency] ?? [s.competency, '#'];
      return [...(i > 0 ? [this.labels.separator] : []), el('a', { href }, title)];
    });
    this.find('[data-strength-list]').replaceChildren(...links);
    this.find('[data-strengths]').hidden = links.length === 0;
  }

  /** The text of an answer, as the page shows it. */
  private statement(question: string, option: number): string {
    const input = this.form.querySelector(`input[name="q:${question}"][value="${option}"]`);
    return input?.closest('label')?.querySelector('[data-statement]')?.textContent?.trim() ?? '';
  }

  private text(selector: string): string {
    return this.querySelector(selector)?.textContent?.trim() ?? '';
  }

  private act(event: Event): void {
    const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset['action'];
    if (action === 'share') void this.share();
    else if (action === 'print') window.print();
    else if (action === 'restart') this.restart();
  }

  private async share(): Promise<void> {
    const link = await encodeFitLink(fitState(this.dataset['version'] ?? '', this.answers()));
    history.replaceState(null, '', `#${link}`);
    const input = this.find<HTMLInputElement>('[data-share-link]');
    input.value = location.href;
    this.find('[data-share-box]').hidden = false;
    input.select();
    try {
      await navigator.clipboard.writeText(location.href);
      this.message(this.labels.shareCopied);
    } catch {
      this.message(this.labels.shareReady);
    }
  }

  private restart(): void {
    this.form.reset();
    this.clearMessages();
    this.find('[data-result]').hidden = true;
    this.find('[data-share-box]').hidden = true;
    this.removeAttribute('data-has-result');
    history.replaceState(null, '', location.pathname + location.search);
    this.goTo(0);
  }

  /** Loads the answers of a share link and shows their result, or says why it cannot. */
  private async loadLink(fragment: string): Promise<void> {
    const loaded: FitLoaded = await decodeFitLink(fragment);
    if (!loaded.ok) {
      const version = loaded.reason === 'unsupported-version' ? loaded.version : '';
      this.message(fill(this.labels.link[loaded.reason], { version }), 'alert');
      return;
    }
    const { answers, dropped } = usableAnswers(this.questions, loaded.state.answers);
    for (const [id, option] of Object.entries(answers)) {
      const input = this.form.querySelector<HTMLInputElement>(`input[name="q:${id}"][value="${option}"]`);
      if (input !== null) input.checked = true;
    }
    const complete = this.questions.every((q) => answers[q.id] !== undefined);
    const outdated = loaded.state.fit !== this.dataset['version'] || dropped.length > 0 || !complete;
    this.message(outdated ? this.labels.link.outdated : this.labels.link.loaded, outdated ? 'alert' : 'status');
    if (complete) this.show(scoreFit(this.questions, this.tracks, answers));
    else this.goTo(this.questions.findIndex((q) => answers[q.id] === undefined));
  }

  private clearMessages(): void {
    this.find('[data-messages]').replaceChildren();
  }

  private message(text: string, role: 'status' | 'alert' = 'status'): void {
    const close = el('button', { type: 'button' }, this.labels.dismiss);
    const item = el('div', { class: 'tb-notice', role }, el('p', {}, text), el('p', { class: 'tb-actions' }, close));
    close.addEventListener('click', () => item.remove());
    this.find('[data-messages]').append(item);
  }
}

customElements.define('tb-fit', TbFit);
