/**
 * `<tb-team>`: the team view. Reads each dropped or chosen file and each pasted share link through
 * the self-assessment's codec, unchanged, on its own; keeps the list in memory (and on this device
 * only when the lead asks); and has `render.ts`, loaded with the first file, show the team from the
 * pure aggregation in src/assessment/team.ts. Nothing is sent anywhere.
 */
import { decodeShareLink, fromJsonText, MAX_FILE_BYTES, type Loaded } from '../../assessment/codec.ts';
import type { TeamEntry } from '../../assessment/team.ts';
import type { Framework } from '../../framework/model.ts';
import { el, fill } from '../dom.ts';
import type { TeamLabels } from './labels.ts';
import { TeamStore } from './store.ts';

/** Reads one file; one that is too large is refused before it is read. */
async function readFile(file: File): Promise<TeamEntry> {
  const loaded: Loaded =
    file.size > MAX_FILE_BYTES ? { ok: false, reason: 'too-large' } : fromJsonText(await file.text());
  return { source: file.name, loaded };
}

/** The fragment of a pasted share link (or the fragment itself, pasted alone). */
const fragmentOf = (line: string) => (line.includes('#') ? line.slice(line.indexOf('#') + 1) : line);

class TbTeam extends HTMLElement {
  private framework!: Framework;
  private labels!: TeamLabels;
  private entries: TeamEntry[] = [];
  private store!: TeamStore;
  private links = 0;

  async connectedCallback(): Promise<void> {
    this.labels = JSON.parse(this.dataset['labels'] ?? '{}') as TeamLabels;
    try {
      const response = await fetch(this.dataset['framework'] ?? '');
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.framework = (await response.json()) as Framework;
    } catch {
      this.message(this.labels.messages.loadFailed, 'alert');
      return;
    }
    this.store = new TeamStore(this.dataset['storageKey'] ?? 'trackbook:team');
    this.wire();
    const kept = this.store.read();
    if (kept !== null) {
      this.entries = kept;
      this.keep.checked = true;
      this.message(fill(this.labels.messages.restored, { count: kept.length }));
    }
    for (const part of this.querySelectorAll<HTMLElement>('[data-live]')) part.inert = false;
    await this.render();
  }

  private get keep(): HTMLInputElement {
    return this.querySelector<HTMLInputElement>('[data-keep]') ?? el('input');
  }

  private wire(): void {
    const files = this.querySelector<HTMLInputElement>('[data-files]');
    files?.addEventListener('change', () => {
      void this.addFiles([...(files.files ?? [])]);
      files.value = '';
    });
    const drop = this.querySelector<HTMLElement>('[data-drop]');
    drop?.addEventListener('dragover', (event) => {
      event.preventDefault();
      drop.dataset['over'] = '';
    });
    drop?.addEventListener('dragleave', () => delete drop.dataset['over']);
    drop?.addEventListener('drop', (event) => {
      event.preventDefault();
      delete drop.dataset['over'];
      void this.addFiles([...(event.dataTransfer?.files ?? [])]);
    });
    this.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLElement>('[data-action]');
      if (button !== null) void this.act(button.dataset['action'] ?? '', button.dataset['source'] ?? '');
    });
    this.querySelector('[data-hide-names]')?.addEventListener('change', () => void this.render());
    this.querySelector('[data-sort]')?.addEventListener('change', () => void this.render());
    this.keep.addEventListener('change', () => (this.keep.checked ? this.save(true) : this.forget()));
  }

  private async act(action: string, source: string): Promise<void> {
    if (action === 'add-links') await this.addLinks();
    else if (action === 'clear') await this.changed([]);
    else if (action === 'forget') this.forget();
    else if (action === 'rescore') await this.rescore(source);
    else if (action === 'print') window.print();
    else if (action.startsWith('export-')) {
      const { exportTeam } = await import('./render.ts');
      exportTeam(action, this.framework, this.entries, this.options(), this.sortKey(), this.labels);
    }
  }

  private async addFiles(files: File[]): Promise<void> {
    const read = await Promise.all(files.map(readFile));
    await this.changed([...this.entries, ...read]);
  }

  private async addLinks(): Promise<void> {
    const box = this.querySelector<HTMLTextAreaElement>('[data-links]');
    if (box === null) return;
    const lines = box.value
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
    const read = await Promise.all(
      lines.map(async (line) => {
        this.links += 1;
        const source = fill(this.labels.linkSource, { n: this.links });
        return { source, loaded: await decodeShareLink(fragmentOf(line)) };
      }),
    );
    box.value = '';
    await this.changed([...this.entries, ...read]);
  }

  /** The lead chose to score an assessment made against an older handbook against this one. */
  private async rescore(source: string): Promise<void> {
    await this.changed(this.entries.map((e) => (e.source === source ? { ...e, rescored: true } : e)));
    this.message(this.labels.messages.rescored);
  }

  private async changed(entries: TeamEntry[]): Promise<void> {
    this.entries = entries;
    if (this.keep.checked) this.save(false);
    await this.render();
  }

  /** Keeps the team on this device (only ever called once the lead ticked the box). */
  private save(announce: boolean): void {
    const result = this.store.write(this.entries);
    if (result !== 'saved') {
      this.keep.checked = false;
      this.message(this.labels.messages.notKept, 'alert');
    } else if (announce) this.message(this.labels.messages.kept);
  }

  private forget(): void {
    this.store.forget();
    this.keep.checked = false;
    this.message(this.labels.messages.forgotten);
  }

  private options() {
    const hide = this.querySelector<HTMLInputElement>('[data-hide-names]')?.checked ?? false;
    return { hideNames: hide, person: this.labels.person };
  }

  private sortKey(): 'person' | 'target' | 'gap' {
    const value = this.querySelector<HTMLSelectElement>('[data-sort]')?.value;
    return value === 'target' || value === 'gap' ? value : 'person';
  }

  private async render(): Promise<void> {
    const team = this.querySelector<HTMLElement>('[data-team]');
    const report = this.querySelector<HTMLElement>('[data-report]');
    if (team === null || report === null) return;
    if (this.entries.length === 0) {
      report.replaceChildren(el('p', {}, this.labels.empty));
      team.hidden = true;
      return;
    }
    const { renderTeam } = await import('./render.ts');
    renderTeam(this, this.framework, this.entries, this.options(), this.sortKey(), this.labels);
  }

  private message(text: string, role: 'status' | 'alert' = 'status'): void {
    this.querySelector('[data-messages]')?.replaceChildren(el('p', { class: 'tb-notice', role }, text));
  }
}

customElements.define('tb-team', TbTeam);
