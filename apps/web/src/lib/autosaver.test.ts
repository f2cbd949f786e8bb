import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, type AutosaveStatus } from './autosaver.ts';

const OFFLINE = new Error('network');

function setup(options: { online?: () => boolean } = {}) {
  const saved: string[] = [];
  const statuses: AutosaveStatus[] = [];
  let fail: Error | null = null;
  let release: (() => void) | null = null;
  let slow = false;
  const save = vi.fn(async (value: string) => {
    if (slow) await new Promise<void>((resolve) => (release = resolve));
    if (fail) throw fail;
    saved.push(value);
    return { savedAt: `saved ${value}` };
  });
  const autosaver = new Autosaver<string>({
    save,
    describeError: (error) => (error === OFFLINE ? 'offline' : 'The report has already been filed.'),
    isOnline: options.online ?? (() => true),
    onStatus: (status) => statuses.push(status),
    delayMs: 1_500,
    retryMs: 20_000,
  });
  return {
    autosaver,
    save,
    saved,
    statuses,
    failWith: (error: Error | null) => (fail = error),
    slowDown: () => (slow = true),
    finishSlowSave: () => {
      slow = false;
      release?.();
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('autosaving a draft', () => {
  it('saves the latest value once typing pauses for 1.5 s', async () => {
    const t = setup();
    t.autosaver.change('a');
    await vi.advanceTimersByTimeAsync(1_000);
    t.autosaver.change('ab');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(t.save).not.toHaveBeenCalled();
    expect(t.autosaver.current).toMatchObject({ state: 'pending', unsaved: true });
    await vi.advanceTimersByTimeAsync(500);
    expect(t.saved).toEqual(['ab']);
    expect(t.autosaver.current).toEqual({
      state: 'saved',
      unsaved: false,
      savedAt: 'saved ab',
      message: null,
    });
    expect(t.statuses.map((s) => s.state)).toContain('saving');
  });

  it('keeps changes made while saving as unsaved, and saves them next', async () => {
    const t = setup();
    t.slowDown();
    t.autosaver.change('a');
    await vi.advanceTimersByTimeAsync(1_500);
    t.autosaver.change('ab');
    t.finishSlowSave();
    await vi.advanceTimersByTimeAsync(0);
    expect(t.autosaver.current).toMatchObject({ state: 'pending', unsaved: true, savedAt: 'saved a' });
    await vi.advanceTimersByTimeAsync(1_500);
    expect(t.saved).toEqual(['a', 'ab']);
    expect(t.autosaver.unsaved).toBe(false);
  });

  it('waits while offline, tries again when the connection is back, and in the meantime every 20 s', async () => {
    let online = false;
    const t = setup({ online: () => online });
    t.autosaver.change('a');
    await vi.advanceTimersByTimeAsync(1_500);
    expect(t.save).not.toHaveBeenCalled();
    expect(t.autosaver.current).toMatchObject({ state: 'offline', unsaved: true });
    // Typing while offline does not pretend to save.
    t.autosaver.change('ab');
    expect(t.autosaver.current.state).toBe('offline');
    online = true;
    t.autosaver.retry();
    await vi.advanceTimersByTimeAsync(0);
    expect(t.saved).toEqual(['ab']);
    expect(t.autosaver.current.state).toBe('saved');
  });

  it('treats a failed request as offline and retries on a timer', async () => {
    const t = setup();
    t.failWith(OFFLINE);
    t.autosaver.change('a');
    await vi.advanceTimersByTimeAsync(1_500);
    expect(t.autosaver.current.state).toBe('offline');
    t.failWith(null);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(t.saved).toEqual(['a']);
  });

  it('shows a refusal and tries again only on the next change', async () => {
    const t = setup();
    t.failWith(new Error('refused'));
    t.autosaver.change('a');
    await vi.advanceTimersByTimeAsync(1_500);
    expect(t.autosaver.current).toMatchObject({
      state: 'failed',
      unsaved: true,
      message: 'The report has already been filed.',
    });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(t.save).toHaveBeenCalledTimes(1);
    t.failWith(null);
    t.autosaver.change('ab');
    await vi.advanceTimersByTimeAsync(1_500);
    expect(t.saved).toEqual(['ab']);
  });

  it('saves nothing while filing, carries on if filing fails, and stops once filed', async () => {
    const t = setup();
    t.autosaver.change('a');
    t.autosaver.hold();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(t.save).not.toHaveBeenCalled();
    t.autosaver.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(t.saved).toEqual(['a']);
    t.autosaver.change('ab');
    t.autosaver.stop();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(t.saved).toEqual(['a']);
    expect(t.autosaver.unsaved).toBe(false);
  });

  it('tells when no save is on its way, so nothing lands after what is sent next', async () => {
    const t = setup();
    await t.autosaver.settled();
    t.slowDown();
    t.autosaver.change('a');
    await vi.advanceTimersByTimeAsync(1_500);
    expect(t.autosaver.current.state).toBe('saving');
    t.autosaver.change('ab');
    t.autosaver.hold();
    let settled = false;
    void t.autosaver.settled().then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(settled).toBe(false);
    t.finishSlowSave();
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);
    // Held: the change made while saving waits (it is sent on release, or dropped on stop).
    await vi.advanceTimersByTimeAsync(5_000);
    expect(t.saved).toEqual(['a']);
    expect(t.autosaver.unsaved).toBe(true);
  });

  it('sends what is unsaved when the page is left inside the app', async () => {
    const t = setup();
    t.autosaver.change('a');
    t.autosaver.leave();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(t.saved).toEqual(['a']);
    t.autosaver.change('b');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(t.saved).toEqual(['a']);
    // Shown again (React runs effects twice in development): saving carries on.
    t.autosaver.attach();
    t.autosaver.change('c');
    await vi.advanceTimersByTimeAsync(1_500);
    expect(t.saved).toEqual(['a', 'c']);
  });
});
