// @vitest-environment jsdom
// The presentational KPI card: its name says the period, the value carries the figure's attributes, the change is
// in words (the arrow is decoration), and the optional lines, filter notes and "Definisi" slot render as given.
import { render, screen, within } from '@testing-library/react';
import { KpiCard, KpiCardRow } from './kpi-card.tsx';

const ATTRS = {
  'data-indicator': 'blankspot_villages',
  'data-period': '2026-01-01..2026-11-27',
  'data-scope': 'regency=15.02',
  'data-value': '63',
};

describe('KpiCard', () => {
  it('is an article named by its label and period, with the value carrying its data-* attributes', () => {
    render(
      <KpiCardRow label="Kartu angka utama">
        <KpiCard
          label="Desa blankspot"
          period="2026 s.d. 27 Nov"
          value="63"
          valueAttrs={ATTRS}
          context="desa tanpa sinyal seluler"
          change="turun 8 (2,9%)"
          trend="down"
          sentiment="good"
          basis={
            <>
              dibanding periode lengkap sebelumnya (2025): <span data-indicator="blankspot_villages">71</span>
            </>
          }
          note="Target 2026: 60"
          ignored={['Filter program tidak berlaku untuk angka ini.']}
          definition={<button type="button">Definisi</button>}
        />
      </KpiCardRow>,
    );
    const list = screen.getByRole('list', { name: 'Kartu angka utama' });
    const card = within(list).getByRole('article', { name: 'Desa blankspot, 2026 s.d. 27 Nov' });
    const value = within(card).getByText('63');
    for (const [k, v] of Object.entries(ATTRS)) expect(value).toHaveAttribute(k, v);
    expect(within(card).getByText('turun 8 (2,9%)')).toHaveAttribute('data-sentiment', 'good');
    expect(within(card).getByText('▼', { exact: false })).toHaveAttribute('aria-hidden', 'true');
    expect(within(card).getByText(/dibanding periode lengkap sebelumnya \(2025\):/)).toHaveTextContent(
      'dibanding periode lengkap sebelumnya (2025): 71',
    );
    expect(within(card).getByText('Target 2026: 60')).toBeInTheDocument();
    expect(within(card).getByText('Filter program tidak berlaku untuk angka ini.')).toHaveClass('kpi-ignored');
    expect(within(card).getByRole('button', { name: 'Definisi' })).toBeInTheDocument();
  });

  it('leaves out what it is not given: no period, no change colour, no notes', () => {
    render(<KpiCard label="Titik dalam layanan" value="312" basis="tanpa pembanding" change="–" />);
    const card = screen.getByRole('article', { name: 'Titik dalam layanan' });
    expect(within(card).getByText('–')).not.toHaveAttribute('data-sentiment');
    expect(
      within(card)
        .getByText('312')
        .getAttributeNames()
        .filter((n) => n.startsWith('data-')),
    ).toEqual([]);
    expect(card.querySelector('.kpi-ignored, .kpi-note, .kpi-period')).toBeNull();
  });
});
