// @vitest-environment jsdom
// The panel frame in presentation mode (the wall, the briefing): the same panel, with none of its controls — no
// switches, no "Definisi" disclosure, no retry, no PNG or table button. On a desk every one of them is there.
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Definition } from './definition.tsx';
import { PanelFrame } from './panel-frame.tsx';
import { PresentationContext } from './presentation.ts';

const LABELS = {
  showTable: 'Lihat tabel',
  hideTable: 'Sembunyikan tabel',
  loading: 'Memuat…',
  retry: 'Coba lagi',
  empty: 'Tidak ada data',
  downloadPng: 'Unduh PNG',
};

const definition = (
  <Definition text={{ label: 'Definisi', name: 'Desa blankspot', load: async () => ({ definition: '', lines: [] }) }} />
);

function frame(state: 'ready' | 'error', present: boolean): ReactNode {
  return (
    <PresentationContext value={present}>
      <PanelFrame
        panelId="p"
        title="Judul"
        subtitle="Sub"
        source="Sumber: X"
        labels={LABELS}
        state={state}
        error="gagal"
        onRetry={() => undefined}
        table={{ columns: [{ key: 'a', label: 'A' }], rows: [{ key: '1', cells: ['1'] }] }}
        controls={
          <label>
            Ukuran <input type="radio" name="m" />
          </label>
        }
        titleAside={definition}
      >
        <p>isi panel</p>
        {definition}
      </PanelFrame>
    </PresentationContext>
  );
}

const operable = (root: HTMLElement) => root.querySelectorAll('input, select, button, summary, details');

describe('PanelFrame in presentation mode', () => {
  it('draws the panel with no control at all, ready or failed', () => {
    const ready = render(frame('ready', true));
    expect(screen.getByRole('heading', { name: 'Judul' })).toBeTruthy();
    expect(screen.getByText('isi panel')).toBeTruthy();
    expect(screen.getByText('Sumber: X')).toBeTruthy();
    expect(operable(ready.container)).toHaveLength(0);
    ready.unmount();
    const failed = render(frame('error', true));
    expect(screen.getByRole('alert').textContent).toContain('gagal');
    expect(operable(failed.container)).toHaveLength(0);
  });

  it('keeps every control on a desk', () => {
    const { container } = render(frame('ready', false));
    expect(screen.getByRole('radio')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lihat tabel' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Unduh PNG' })).toBeTruthy();
    expect(container.querySelectorAll('details.definition')).toHaveLength(2);
  });
});
