/**
 * `<tb-assessment>`: the self-assessment form. Reads and writes the state from and to the form, saves
 * it on this device after every change, resumes it (or a shared link, or an imported file), and shows
 * the results, which `results.ts` renders with the pure engine, loaded when first needed. Every load
 * goes through the codec's validation; anything it cannot use is reported with a way forward.
 */
import { download, el, fill } from '../dom.ts';
import {
  decodeSave,
  decodeShareLink,
  encodeShareLink,
  fromJsonText,
  reconcile,
  toJsonFile,
  type Loaded,
} from '../../assessment/codec.ts';
import { comparisonNames, type ComparisonNames } from '../../assessment/compare.ts';
import { exportFileName } from '../../assessment/file-name.ts';
import { emptyState, LIMITS, type AssessmentState, type StateProblem } from '../../assessment/state.ts';
import { changesForTarget, frameworkStructure, namer, type VersionManifest } from '../../framework/changes.ts';
import type { Competency, Framework } from '../../framework/model.ts';
import { describeLevelChange } from '../../i18n/changes.ts';
import { indexFramework, levelRows, routeConditions, routeKind, type LevelRow } from '../../framework/queries.ts';
import { criterionKey } from '../../assessment/state.ts';
import { readForm, writeCriteria, writeForm } from './form.ts';
import type { AssessmentLabels } from './labels.ts';
import { DeviceStore } from './store.ts';

class TbAssessment extends HTMLElement {
  private framework!: Framework;
  private labels!: AssessmentLabels;
  private form!: HTMLFormElement;
  private state!: AssessmentState;
  /** The assessment compared with this one, while the comparison is open. */
  private compared: AssessmentState | null = null;
  private resultsShown = false;
  private store!: DeviceStore;
  /** Another tab changed the saved assessment: this one does not save until the person chooses. */
  private paused = false;

  async connectedCallback(): Promise<void> {
    this.labels = JSON.parse(this.dataset['labels'] ?? '{}') as AssessmentLabels;
    const form = this.querySelector<HTMLFormElement>('[data-form]');
    if (form === null) return;
    this.form = form;
    try {
      const response = await fetch(this.dataset['framework'] ?? '');
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.framework = (await response.json()) as Framework;
    } catch {
      this.message(this.labels.messages.loadFailed, [], 'alert');
      return;
    }
    this.state = emptyState(this.framework.version);
    this.store = new DeviceStore(this.dataset['storageKey'] ?? 'trackbook:assessment');
    await this.resume();
    this.store.watch((loaded) => this.changedElsewhere(loaded));
    this.querySelector('[data-recover]')?.addEventListener('toggle', () => this.listCopies());
    this.writeForm();
    this.refresh();
    // One change, one update: a select is handled on `change` (after showing what its level expects),
    // everything else on `input` (a radio or a checkbox fires both, and would render twice).
    form.addEventListener('input', (event) => {
      if (!(event.target instanceof HTMLSelectElement)) this.changed();
    });
    form.addEventListener('change', (event) => {
      if (!(event.target instanceof HTMLSelectElement)) return;
      this.refresh();
      this.changed();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.showResults(true);
    });
    this.querySelector('[data-tools]')?.addEventListener('click', (event) => {
      const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset['action'];
      if (action === 'share') void this.share();
      if (action === 'export-json')
        download(exportFileName(this.state, 'json'), 'application/json', toJsonFile(this.state, this.framework.name));
      if (action === 'export-csv' || action === 'export-md') void this.exportAs(action);
      if (action === 'print') window.print();
      if (action === 'reset') this.reset();
    });
    this.querySelector('[data-compare-names]')?.addEventListener('input', (event) => {
      if (event.target instanceof HTMLInputElement) this.renameComparison(event.target);
    });
    for (const [action, use] of [
      ['import', (text: string) => this.importText(text)],
      ['compare', (text: string) => void this.compareWith(text)],
    ] as const) {
      this.querySelector<HTMLInputElement>(`[data-action="${action}"]`)?.addEventListener('change', (event) => {
        const input = event.target as HTMLInputElement;
        const file = input.files?.[0];
        if (file !== undefined) void file.text().then(use);
        input.value = '';
      });
    }
    // Usable only now that every control is wired: nothing typed or chosen before can be missed. The
    // form is on the page (inert) from the start, so nothing moves when it comes alive.
    form.inert = false;
    this.querySelector<HTMLElement>('[data-tools]')?.removeAttribute('inert');
    // A resumed or shared assessment shows its results again (and prints them), without taking focus.
    const rated = Object.keys(this.state.ratings).length + Object.keys(this.state.criteria).length;
    if (this.state.target !== null && rated > 0) void this.showResults(false);
  }

  /** A shared link first, then what is saved on this device, then `?target=` from a level page. */
  private async resume(): Promise<void> {
    const saved = this.store.read();
    const mine = saved?.loaded ?? null;
    if (location.hash.startsWith('#a')) {
      const shared = await decodeShareLink(location.hash);
      history.replaceState(null, '', `${location.pathname}${location.search}`);
      if (shared.ok) {
        this.state = shared.state;
        const back = mine?.ok === true ? mine.state : null;
        this.message(
          this.labels.messages.sharedLoaded,
          back ? [[this.labels.messages.backToMine, () => this.load(back, true)]] : [],
        );
        this.reportDropped(shared.dropped, location.hash);
        this.reportReconciliation();
        return;
      }
      this.failed(shared, location.hash);
    }
    if (saved !== null && mine !== null) {
      if (mine.ok) {
        this.state = mine.state;
        this.store.keepCopy(mine.state);
        this.reportDropped(mine.dropped, saved.text);
        this.reportReconciliation();
        return;
      }
      // Keep what could not be read, so nothing is lost, and offer it for download.
      this.store.keepUnreadable(saved.text);
      this.failed(mine, saved.text, this.labels.messages.storedBroken);
    }
    const target = new URLSearchParams(location.search).get('target');
    if (target !== null && this.framework.levels.some((l) => l.id === target)) this.state.target = target;
  }

  private failed(result: Exclude<Loaded, { ok: true }>, raw: string, intro?: string): void {
    const reason = fill(this.labels.reasons[result.reason], {
      version: result.reason === 'unsupported-version' ? result.version : '',
    });
    this.message(
      `${intro ?? ''} ${reason}`.trim(),
      [[this.labels.messages.downloadRaw, () => download('assessment-unreadable.txt', 'text/plain', raw)]],
      'alert',
    );
  }

  /** What a loaded assessment had that could not be read: named, with the original to download. */
  private reportDropped(dropped: StateProblem[], raw: string): void {
    if (dropped.length === 0) return;
    const list = [...new Set(dropped.map((d) => d.path))].join(this.labels.separator);
    this.message(fill(this.labels.messages.dropped, { list }), [
      [this.labels.messages.downloadRaw, () => download('assessment-original.txt', 'text/plain', raw)],
    ]);
  }

  /** Another tab saved a different assessment: offer it, and save nothing here until the person chooses. */
  private changedElsewhere(loaded: Loaded): void {
    if (!loaded.ok) return;
    this.paused = true;
    const resume = () => {
      this.paused = false;
    };
    this.message(
      this.labels.messages.otherTab,
      [
        [
          this.labels.messages.useOther,
          () => (resume(), this.store.keepCopy(this.state), this.load(loaded.state, false)),
        ],
        [this.labels.messages.keepThis, () => (resume(), this.save())],
      ],
      'alert',
    );
  }

  private reportReconciliation(): void {
    const { outdated, unknown } = reconcile(this.framework, this.state);
    if (outdated) void this.explainOutdated();
    if (unknown.length > 0) {
      this.message(
        fill(this.labels.messages.unknownRefs, { list: unknown.map((u) => u.id).join(this.labels.separator) }),
        [],
      );
    }
  }

  /**
   * The assessment was made against an older framework: say what changed for its target since (from
   * the build's version manifest, fetched only now), and rescore only when the person chooses to.
   */
  private async explainOutdated(): Promise<void> {
    const labels = this.labels.outdated;
    const { target, current } = this.state;
    let manifest: VersionManifest | null = null;
    try {
      const response = await fetch(this.dataset['versions'] ?? '');
      if (response.ok) manifest = (await response.json()) as VersionManifest;
    } catch {
      manifest = null;
    }
    const old = manifest?.versions.find((v) => v.version === this.state.framework);
    const levels = indexFramework(this.framework).levels;
    const targetTitle = target === null ? '' : (levels.get(target)?.title ?? target);
    const list = el('ul');
    let text: string;
    if (target === null) text = labels.generic;
    else if (old === undefined) text = labels.unknown;
    else {
      const changes = changesForTarget(old.structure, frameworkStructure(this.framework), target, current);
      const date = new Date(old.date).toLocaleDateString(document.documentElement.lang, { dateStyle: 'long' });
      if (changes === null) text = fill(labels.noTarget, { target: targetTitle });
      else {
        text = fill(changes.length === 0 ? labels.nothing : labels.intro, { date, target: targetTitle });
        const name = namer(this.framework, manifest?.names ?? {});
        for (const change of changes) list.append(el('li', {}, describeLevelChange(change, this.labels.changes, name)));
      }
    }
    this.message(text, [[labels.rescore, () => this.rescore()]], 'status', [
      ...(list.childElementCount > 0 ? [list] : []),
      el('p', {}, labels.pending),
    ])?.setAttribute('data-outdated', '');
  }

  /** The person chose to use the current framework: from now on the assessment is scored against it. */
  private rescore(): void {
    this.state = { ...this.state, framework: this.framework.version };
    this.save();
    for (const notice of this.querySelectorAll('[data-outdated]')) notice.remove();
    this.message(this.labels.outdated.rescored, []);
    void this.showResults(true);
  }

  /** A message with optional actions; dismissable. */
  private message(
    text: string,
    actions: [string, () => void][],
    role: 'status' | 'alert' = 'status',
    more: Node[] = [],
  ): HTMLElement | undefined {
    const box = this.querySelector('[data-messages]');
    if (box === null) return;
    const item = el('div', { class: 'tb-notice', role }, el('p', {}, text), ...more);
    const buttons = el('p', { class: 'tb-actions' });
    for (const [label, run] of [...actions, [this.labels.messages.dismiss, () => undefined] as [string, () => void]]) {
      const button = el('button', { type: 'button' }, label);
      button.addEventListener('click', () => {
        run();
        item.remove();
      });
      buttons.append(button);
    }
    item.append(buttons);
    box.append(item);
    return item;
  }

  private load(state: AssessmentState, save: boolean): void {
    this.state = state;
    this.writeForm();
    this.refresh();
    if (save) this.save();
    if (this.resultsShown) void this.showResults(false);
  }

  private importText(text: string): void {
    const loaded = fromJsonText(text);
    if (!loaded.ok) {
      this.failed(loaded, text);
      return;
    }
    const before = this.state;
    this.store.keepCopy(before);
    this.load(loaded.state, true);
    this.message(this.labels.messages.imported, [[this.labels.messages.undoImport, () => this.load(before, true)]]);
    this.reportDropped(loaded.dropped, text);
    this.reportReconciliation();
  }

  private reset(): void {
    const before = this.state;
    this.store.keepCopy(before);
    this.load({ ...emptyState(this.framework.version), target: before.target }, true);
    this.message(this.labels.messages.resetDone, [[this.labels.messages.undoReset, () => this.load(before, true)]]);
  }

  /** The recovery copies, newest first, each with a button that restores it (itself undoable). */
  private listCopies(): void {
    const list = this.querySelector('[data-copies]');
    if (list === null) return;
    const labels = this.labels.recover;
    const levels = indexFramework(this.framework).levels;
    const lang = document.documentElement.lang;
    const items = this.store.copies().flatMap((copy) => {
      const loaded = decodeSave(copy.save);
      if (!loaded.ok) return [];
      const { state } = loaded;
      const date = new Date(copy.kept).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });
      const target = state.target === null ? labels.noTarget : (levels.get(state.target)?.title ?? state.target);
      const rated = Object.keys(state.ratings).length;
      const button = el('button', { type: 'button' }, labels.restore);
      button.addEventListener('click', () => this.restore(state));
      return [el('li', {}, `${fill(labels.item, { date, target, rated })} `, button)];
    });
    list.replaceChildren(...(items.length > 0 ? items : [el('li', {}, labels.none)]));
  }

  private restore(state: AssessmentState): void {
    const before = this.state;
    this.store.keepCopy(before);
    this.load(state, true);
    this.listCopies();
    this.message(this.labels.recover.restored, [[this.labels.messages.undoImport, () => this.load(before, true)]]);
  }

  private changed(): void {
    this.state = this.readForm();
    this.save();
    this.progress();
    if (this.resultsShown) void this.showResults(false);
  }

  private save(): void {
    if (this.paused) return;
    const status = this.querySelector('[data-saved]');
    const result = this.store.write(this.state);
    if (status === null) return;
    if (result === 'saved') {
      const time = new Date(this.state.updated).toLocaleTimeString(document.documentElement.lang, {
        hour: '2-digit',
        minute: '2-digit',
      });
      status.textContent = fill(this.labels.saved, { time });
    } else status.textContent = result === 'full' ? this.labels.messages.storageFull : this.labels.notSaved;
  }

  private field<T extends Element = HTMLInputElement>(name: string): T | null {
    return this.form.elements.namedItem(name) as T | null;
  }

  private readForm(): AssessmentState {
    return readForm(this.form, this.state, this.labels);
  }

  private writeForm(): void {
    writeForm(this.form, this.state);
  }

  /** Shows what the chosen target expects and the conditions of the chosen move. */
  private refresh(): void {
    const { levels, competencies } = indexFramework(this.framework);
    const target = levels.get(this.field<HTMLSelectElement>('target')?.value ?? '');
    const current = levels.get(this.field<HTMLSelectElement>('current')?.value ?? '');
    for (const part of this.form.querySelectorAll<HTMLElement>('[data-needs-target]'))
      part.hidden = target === undefined;
    const rows = new Map(
      target === undefined ? [] : levelRows(this.framework, target.id).map((r) => [r.competency, r]),
    );
    const scale = new Map(this.framework.scale.map((s) => [s.step, s.label]));
    for (const fieldset of this.form.querySelectorAll<HTMLFieldSetElement>('[data-competency]')) {
      const row = rows.get(fieldset.dataset['competency'] ?? '');
      const step = row?.expectation?.step;
      fieldset.hidden = row === undefined;
      this.showCriterion(fieldset, row);
      const note = fieldset.querySelector('[data-expected]');
      if (note !== null && step !== undefined)
        note.textContent = fill(this.labels.expected, { step: `${step} · ${scale.get(step) ?? ''}` });
      if (step !== undefined) this.fillIndicators(fieldset, competencies.get(fieldset.dataset['competency'] ?? ''));
    }
    writeCriteria(this.form, this.state);
    for (const part of this.form.querySelectorAll<HTMLElement>('[data-area], [data-group]')) {
      part.hidden = part.querySelector('[data-competency]:not([hidden])') === null;
    }
    const route = this.form.querySelector('[data-route]');
    const kind = routeKind(current, target);
    if (route !== null)
      route.textContent =
        target === undefined
          ? ''
          : fill(this.labels.route[kind], { target: target.title, current: current?.title ?? '' });
    this.renderConditions(routeConditions(current, target));
    this.progress();
  }

  /**
   * A competency the target states a criterion for: its words (and examples) beside the steps, or,
   * with no step, instead of them, rated on the criteria scale and kept under the level that wrote it.
   */
  private showCriterion(fieldset: HTMLElement, row: LevelRow | undefined): void {
    const criterion = row?.criterion ?? null;
    const only = criterion !== null && row?.expectation === null;
    const box = fieldset.querySelector<HTMLElement>('[data-criterion-box]');
    const steps = fieldset.querySelector<HTMLElement>('[data-steps]');
    if (box === null || steps === null) return;
    box.hidden = criterion === null;
    steps.hidden = only;
    for (const radios of box.querySelectorAll<HTMLElement>('.tb-steps')) radios.hidden = !only;
    if (criterion === null) {
      delete fieldset.dataset['criterionKey'];
      return;
    }
    box.querySelector('[data-criterion-text]')?.replaceChildren(criterion.text);
    box
      .querySelector('[data-criterion-examples]')
      ?.replaceChildren(...criterion.examples.map((text) => el('li', {}, text)));
    if (only) {
      fieldset.dataset['criterionKey'] = criterionKey(criterion.setBy, criterion.competency);
      const note = fieldset.querySelector('[data-expected]');
      const level = indexFramework(this.framework).levels.get(criterion.setBy)?.title ?? criterion.setBy;
      if (note !== null) note.textContent = fill(this.labels.criterionRow, { level });
    } else delete fieldset.dataset['criterionKey'];
  }

  /** The behaviours of each step, from the framework, the first time the competency is shown. */
  private fillIndicators(fieldset: HTMLElement, competency: Competency | undefined): void {
    for (const list of fieldset.querySelectorAll<HTMLElement>('[data-indicators]')) {
      if (list.childElementCount > 0 || competency === undefined) continue;
      const step = Number(list.dataset['indicators']);
      const texts = (
        competency.indicators[String(step)] ?? [this.framework.scale.find((s) => s.step === step)?.description ?? '']
      ).filter((text) => text.trim() !== '');
      // A step with nothing to say (often step 0) shows no empty bullet.
      list.replaceChildren(...texts.map((text) => el('li', {}, text)));
      list.hidden = texts.length === 0;
    }
  }

  private renderConditions(texts: string[]): void {
    const box = this.form.querySelector<HTMLElement>('[data-conditions-box]');
    const list = this.form.querySelector('[data-conditions]');
    if (box === null || list === null) return;
    list.replaceChildren(
      ...texts.map((text, i) => {
        const input = el('input', { type: 'checkbox', name: 'condition', value: String(i) });
        input.checked = this.state.facts.conditions.includes(i);
        return el('label', {}, input, ` ${text}`);
      }),
    );
    box.hidden = texts.length === 0;
  }

  private progress(): void {
    const expected = this.state.target === null ? [] : levelRows(this.framework, this.state.target);
    const rated = expected.filter((r) =>
      r.expectation !== null
        ? this.state.ratings[r.competency] !== undefined
        : r.criterion !== null && this.state.criteria[criterionKey(r.criterion.setBy, r.competency)] !== undefined,
    ).length;
    const bar = this.form.querySelector<HTMLProgressElement>('[data-progress]');
    const text = this.form.querySelector('[data-progress-text]');
    if (bar !== null) bar.value = expected.length === 0 ? 0 : rated / expected.length;
    if (text !== null) text.textContent = fill(this.labels.progress, { rated, total: expected.length });
  }

  // -------------------------------------------------------------------------------------------
  // Results and sharing
  // -------------------------------------------------------------------------------------------

  private async showResults(focus: boolean): Promise<void> {
    const box = this.querySelector<HTMLElement>('[data-results]');
    if (box === null || this.state.target === null) return;
    if (this.state.framework !== this.framework.version) {
      // Never rescored silently: the results wait for the person's choice.
      const rescore = el('button', { type: 'button' }, this.labels.outdated.rescore);
      rescore.addEventListener('click', () => this.rescore());
      box.replaceChildren(el('p', {}, this.labels.outdated.pending), el('p', {}, rescore));
      box.hidden = false;
      this.resultsShown = true;
      if (focus) box.focus();
      return;
    }
    const asked = document.activeElement;
    const [{ readinessText, renderResults }, { shownVerdict }] = await Promise.all([
      import('./results.ts'),
      import('../../assessment/engine.ts'),
    ]);
    // Shown before rendering: Chart.js sizes the radar from its box, and a hidden box measures 0 × 0.
    box.hidden = false;
    const result = renderResults(box, this.framework, this.state, this.labels);
    this.resultsShown = true;
    if (focus && result !== null) {
      // Moved only if the person is still where they asked from: a comparison opened meanwhile
      // (the results module loads asynchronously) keeps its focus.
      if (document.activeElement === asked || document.activeElement === document.body) box.focus();
      const announce = this.querySelector('[data-announce]');
      if (announce !== null) {
        const verdict = shownVerdict(result);
        announce.textContent =
          verdict === null
            ? `${this.labels.noVerdictAnnounce} ${readinessText(this.framework, result, this.labels)}`
            : fill(this.labels.announce, {
                verdict: this.labels.verdict[verdict],
                readiness: readinessText(this.framework, result, this.labels),
              });
      }
    }
  }

  private async exportAs(action: 'export-csv' | 'export-md'): Promise<void> {
    const [{ evaluate }, { toCsv, toMarkdown }, { assessmentDate }] = await Promise.all([
      import('../../assessment/engine.ts'),
      import('../../assessment/export.ts'),
      import('./results.ts'),
    ]);
    const result = evaluate(this.framework, this.state);
    if (result === null) return;
    const date = assessmentDate(this.state);
    const words = this.labels.exportWords;
    if (action === 'export-csv') {
      download(exportFileName(this.state, 'csv'), 'text/csv', toCsv(this.framework, this.state, result, words, date));
      return;
    }
    const compared = this.compared === null ? undefined : { state: this.compared, names: this.comparisonNames() };
    download(
      exportFileName(this.state, 'md'),
      'text/markdown',
      toMarkdown(this.framework, this.state, result, words, date, compared),
    );
  }

  private async compareWith(text: string): Promise<void> {
    const loaded = fromJsonText(text);
    if (!loaded.ok) {
      this.failed(loaded, text);
      return;
    }
    const box = this.querySelector<HTMLElement>('[data-comparison]');
    if (box === null) return;
    this.compared = loaded.state;
    await this.renderComparison();
    box.hidden = false;
    box.querySelector('h2')?.setAttribute('tabindex', '-1');
    box.querySelector<HTMLElement>('h2')?.focus();
  }

  /** The comparison with the names given to both (editable beside it, kept in this assessment). */
  private async renderComparison(): Promise<void> {
    const body = this.querySelector<HTMLElement>('[data-comparison-body]');
    if (body === null || this.compared === null) return;
    const { renderComparison } = await import('./results.ts');
    renderComparison(body, this.framework, this.state, this.compared, this.labels);
    const defaults = this.comparisonNames({ ...this.state, label: '', otherLabel: '' });
    for (const input of this.querySelectorAll<HTMLInputElement>('[data-compare-name]')) {
      const key = input.dataset['compareName'] === 'second' ? 'second' : 'first';
      input.placeholder = defaults[key];
      if (document.activeElement !== input) input.value = key === 'first' ? this.state.label : this.state.otherLabel;
    }
  }

  private comparisonNames(first: AssessmentState = this.state): ComparisonNames {
    const { you, other } = this.labels.compare;
    return comparisonNames(first, this.compared ?? first, { first: you, second: other });
  }

  private renameComparison(input: HTMLInputElement): void {
    const value = input.value.slice(0, LIMITS.labelLength);
    this.state =
      input.dataset['compareName'] === 'second'
        ? { ...this.state, otherLabel: value }
        : { ...this.state, label: value };
    this.save();
    void this.renderComparison();
  }

  private async share(): Promise<void> {
    const fragment = await encodeShareLink(this.state);
    const url = `${location.origin}${location.pathname}#${fragment}`;
    const box = this.querySelector<HTMLElement>('[data-share-box]');
    const input = this.querySelector<HTMLInputElement>('[data-share-link]');
    if (fragment.length > 8000) {
      this.message(this.labels.messages.shareTooLong, []);
      return;
    }
    if (box !== null && input !== null) {
      box.hidden = false;
      input.value = url;
      input.select();
    }
    try {
      await navigator.clipboard.writeText(url);
      this.message(this.labels.messages.shareCopied, []);
    } catch {
      this.message(this.labels.messages.shareManual, []);
    }
  }
}

customElements.define('tb-assessment', TbAssessment);
