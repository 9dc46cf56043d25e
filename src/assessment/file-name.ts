/** What a download of an assessment is called; its own small module, loaded with the form (not with the exports). */
import type { AssessmentState } from './state.ts';

/**
 * The name a download is saved under, telling a team lead's files apart: the person's name and the
 * target level (`assessment-Li Wei-ic3.json`), each left out when not given. Characters no file
 * system takes are dropped; a name is kept to 40 characters.
 */
export function exportFileName(state: Pick<AssessmentState, 'name' | 'target'>, extension: string): string {
  const name = state.name
    .normalize('NFKC')
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 40)
    .trim();
  return [`assessment`, name, state.target ?? ''].filter((part) => part !== '').join('-') + `.${extension}`;
}
