// Screen Wake Lock for unattended screens. The browser drops the lock whenever the page is hidden (another window,
// screen off, tab switch) and may drop it on its own (power saving): it is asked for again each time the page is
// visible, never twice at once. Where the API is missing or refused, the kiosk set-up keeps the screen on
// (docs/wall-setup.md).

export interface WakeLockLike {
  readonly released: boolean;
  release(): Promise<void>;
  addEventListener(type: 'release', listener: () => void): void;
}

export interface WakeLockEnv {
  request: (() => Promise<WakeLockLike>) | null;
  isVisible: () => boolean;
  onVisibilityChange: (listener: () => void) => () => void;
}

function browserEnv(): WakeLockEnv {
  const wakeLock = typeof navigator !== 'undefined' && 'wakeLock' in navigator ? navigator.wakeLock : null;
  return {
    request: wakeLock ? () => wakeLock.request('screen') : null,
    isVisible: () => document.visibilityState === 'visible',
    onVisibilityChange: (listener) => {
      document.addEventListener('visibilitychange', listener);
      return () => document.removeEventListener('visibilitychange', listener);
    },
  };
}

/** Keeps the screen awake until the returned function is called. */
export function keepScreenAwake(env: WakeLockEnv = browserEnv()): () => void {
  let sentinel: WakeLockLike | null = null;
  let pending = false;
  let stopped = false;
  const acquire = async () => {
    if (stopped || pending || !env.request || !env.isVisible()) return;
    if (sentinel && !sentinel.released) return;
    pending = true;
    try {
      const s = await env.request();
      if (stopped) {
        void s.release().catch(() => undefined);
        return;
      }
      sentinel = s;
      // Dropped by the system while visible (power saving): ask again.
      s.addEventListener('release', () => {
        if (env.isVisible()) void acquire();
      });
    } catch {
      // Not allowed (no user activation on some browsers, battery saver): the kiosk flags cover it.
    } finally {
      pending = false;
    }
  };
  const off = env.onVisibilityChange(() => void acquire());
  void acquire();
  return () => {
    stopped = true;
    off();
    void sentinel?.release().catch(() => undefined);
  };
}
