import { keepScreenAwake, type WakeLockEnv, type WakeLockLike } from './wake-lock.ts';

function fakeEnv() {
  let visible = true;
  const listeners = new Set<() => void>();
  const sentinels: (WakeLockLike & { drop(): void })[] = [];
  const env: WakeLockEnv = {
    request: async () => {
      const onRelease: (() => void)[] = [];
      const s = {
        released: false,
        async release() {
          s.drop();
        },
        drop() {
          if (s.released) return;
          s.released = true;
          for (const f of onRelease) f();
        },
        addEventListener: (_: 'release', f: () => void) => void onRelease.push(f),
      };
      sentinels.push(s);
      return s;
    },
    isVisible: () => visible,
    onVisibilityChange: (f) => {
      listeners.add(f);
      return () => listeners.delete(f);
    },
  };
  const setVisible = (v: boolean) => {
    visible = v;
    for (const f of listeners) f();
  };
  return { env, sentinels, setVisible, listeners };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('wake lock', () => {
  it('re-acquires when the page becomes visible again, never twice at once', async () => {
    const { env, sentinels, setVisible } = fakeEnv();
    const stop = keepScreenAwake(env);
    await flush();
    expect(sentinels).toHaveLength(1);
    setVisible(true); // still held: no second lock
    await flush();
    expect(sentinels).toHaveLength(1);
    setVisible(false);
    sentinels[0]?.drop(); // the browser drops it once the page is hidden
    await flush();
    expect(sentinels).toHaveLength(1);
    setVisible(true);
    await flush();
    expect(sentinels).toHaveLength(2);
    expect(sentinels[1]?.released).toBe(false);
    stop();
    await flush();
    expect(sentinels[1]?.released).toBe(true);
  });

  it('asks again when the system drops the lock while visible', async () => {
    const { env, sentinels } = fakeEnv();
    const stop = keepScreenAwake(env);
    await flush();
    sentinels[0]?.drop();
    await flush();
    expect(sentinels).toHaveLength(2);
    stop();
  });

  it('does nothing without the API and stops listening when stopped', async () => {
    const { env, listeners } = fakeEnv();
    const stop = keepScreenAwake({ ...env, request: null });
    expect(listeners.size).toBe(1);
    stop();
    expect(listeners.size).toBe(0);
  });
});
