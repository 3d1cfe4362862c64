// @vitest-environment jsdom
// Failure isolation: a panel whose body throws shows "Panel ini gagal dimuat" and a retry while its sibling renders;
// a panel component that throws before its frame (e.g. in its option builder) is caught by PanelBoundary; errors
// outside React are listed as text.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { type ReactNode, useState } from 'react';
import '../i18n/i18n.ts';
import { GlobalErrorReporter, isIgnorableError, withPanelBoundary } from './error-boundary.tsx';
import { PanelFrame, type PanelLabels } from './panel-frame.tsx';

const labels: PanelLabels = {
  showTable: 'Lihat tabel',
  hideTable: 'Sembunyikan tabel',
  loading: 'Memuat panel…',
  retry: 'Coba lagi',
  empty: 'Kosong',
};

const HOSTILE = '<img src=x onerror="window.__xss=1">';

let broken = true;
function Body() {
  if (broken) throw new Error(`to-option gagal untuk ${HOSTILE}`);
  return <p>gambar baru</p>;
}

function frame(id: string, body: ReactNode, onRetry?: () => void) {
  return (
    <PanelFrame
      panelId={id}
      title={`Panel ${id}`}
      subtitle="satuan"
      source="Sumber: uji"
      labels={labels}
      state="ready"
      {...(onRetry ? { onRetry } : {})}
    >
      {body}
    </PanelFrame>
  );
}

function ThrowingPanel({ n }: { n: number }) {
  if (broken) throw new Error(`option builder failed (${n})`);
  return frame('x', <p>siap</p>);
}
const Bounded = withPanelBoundary(ThrowingPanel, 'throwing-panel');
function Page() {
  const [n] = useState(1);
  return (
    <div>
      <Bounded n={n} />
      {frame('sibling', <p>tetap bekerja</p>)}
    </div>
  );
}

describe('PanelFrame error boundary', () => {
  beforeEach(() => {
    broken = true;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows the failing panel’s error and a retry while the sibling panel renders', () => {
    const onRetry = vi.fn();
    render(
      <div>
        {frame('a', <Body />, onRetry)}
        {frame('b', <p>panel saudara</p>)}
      </div>,
    );
    const a = screen.getByRole('region', { name: 'Panel a' });
    const b = screen.getByRole('region', { name: 'Panel b' });
    expect(within(b).getByText('panel saudara')).toBeInTheDocument();
    expect(within(a).getByRole('alert')).toHaveTextContent('Panel ini gagal dimuat.');
    // The message is text, not markup: the payload is visible and no <img> was created.
    expect(within(a).getByText(`to-option gagal untuk ${HOSTILE}`)).toBeInTheDocument();
    expect(a.querySelector('img')).toBeNull();
    // The frame itself (heading, source) survives the crash.
    expect(within(a).getByText('Sumber: uji')).toBeInTheDocument();

    broken = false;
    fireEvent.click(within(a).getByRole('button', { name: 'Coba lagi' }));
    expect(within(a).getByText('gambar baru')).toBeInTheDocument();
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(within(b).getByText('panel saudara')).toBeInTheDocument();
  });

  it('withPanelBoundary catches a panel that throws before rendering its frame', () => {
    const { container } = render(<Page />);
    const crashed = container.querySelector('[data-panel="throwing-panel"]') as HTMLElement;
    expect(crashed.dataset.state).toBe('crashed');
    expect(within(crashed).getByText('Panel ini gagal dimuat.')).toBeInTheDocument();
    expect(within(crashed).getByText('option builder failed (1)')).toBeInTheDocument();
    expect(screen.getByText('tetap bekerja')).toBeInTheDocument();

    broken = false;
    fireEvent.click(within(crashed).getByRole('button', { name: 'Coba lagi' }));
    expect(screen.getByText('siap')).toBeInTheDocument();
  });
});

describe('GlobalErrorReporter', () => {
  it('lists uncaught errors and unhandled rejections as text, deduplicated and dismissible', () => {
    render(<GlobalErrorReporter labels={{ unexpected: 'Terjadi kesalahan tak terduga.', dismiss: 'Tutup' }} />);
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => {
      window.dispatchEvent(new ErrorEvent('error', { message: HOSTILE, error: new Error(HOSTILE) }));
      window.dispatchEvent(new ErrorEvent('error', { message: HOSTILE, error: new Error(HOSTILE) }));
      const rejection = new Event('unhandledrejection') as PromiseRejectionEvent;
      Object.defineProperty(rejection, 'reason', { value: new Error('fetch gagal') });
      window.dispatchEvent(rejection);
      window.dispatchEvent(new ErrorEvent('error', { message: 'ResizeObserver loop completed' }));
    });
    const list = screen.getByRole('alert');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => i.querySelector('span')?.textContent)).toEqual([
      'Terjadi kesalahan tak terduga. fetch gagal',
      `Terjadi kesalahan tak terduga. ${HOSTILE}`,
    ]);
    expect(list.querySelector('img')).toBeNull();
    fireEvent.click(within(items[0] as HTMLElement).getByRole('button', { name: 'Tutup' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
  });

  it('ignores layout-loop notices and opaque cross-origin script errors', () => {
    expect(isIgnorableError('ResizeObserver loop limit exceeded')).toBe(true);
    expect(isIgnorableError('Script error.')).toBe(true);
    expect(isIgnorableError('TypeError: x is undefined')).toBe(false);
  });
});
