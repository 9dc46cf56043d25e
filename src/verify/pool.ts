/** Runs work over a list with at most `concurrency` items at a time, telling as each one ends. */
export async function eachConcurrently<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
  done: (count: number) => void = () => {},
): Promise<void> {
  let next = 0;
  let finished = 0;
  async function worker(): Promise<void> {
    for (let i = next++; i < items.length; i = next++) {
      await work(items[i] as T);
      done(++finished);
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
}

/**
 * A progress reporter that prints `label done/total unit` about every tenth of the way and at the end,
 * so a long run shows it is moving without flooding a CI log.
 */
export function progress(
  print: (line: string) => void,
  label: string,
  total: number,
  unit = 'pages',
): (count: number) => void {
  const step = Math.max(1, Math.ceil(total / 10));
  return (count) => {
    if (count % step === 0 || count === total) print(`${label} ${count}/${total} ${unit}`);
  };
}
