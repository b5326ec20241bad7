/**
 * Long analytics work cut into slices that each stay well under a long task (50 ms): after about
 * `budget` ms of work, the main thread is given back (`scheduler.yield()` where the browser has
 * it, else a new task), so a report of hundreds of learners never freezes the trainer's page.
 * Framework-free: in Node (the CLI) the pause is a timer.
 */

export interface SliceOptions {
  /** Milliseconds of work between two pauses (default 8). */
  budget?: number | undefined;
  /** Gives the main thread back (default `yieldToMain`). */
  pause?: (() => Promise<void>) | undefined;
}

type Scheduler = { yield?: () => Promise<void> };

/** `scheduler.yield()` where there is one (the work resumes before other queued tasks), else a new task. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** A clock that says when the current slice has used its budget (and restarts after each pause). */
export function sliceClock(options: SliceOptions = {}): () => Promise<void> | undefined {
  const budget = options.budget ?? 8;
  const pause = options.pause ?? yieldToMain;
  let start = performance.now();
  return () => {
    if (performance.now() - start < budget) return undefined;
    return pause().then(() => {
      start = performance.now();
    });
  };
}

/** Runs `work` on each item, pausing whenever a slice has used its budget. */
export async function eachInSlices<T>(items: readonly T[], work: (item: T, index: number) => void, options: SliceOptions = {}): Promise<void> {
  const due = sliceClock(options);
  for (let i = 0; i < items.length; i++) {
    work(items[i]!, i);
    const pausing = due();
    if (pausing) await pausing;
  }
}
