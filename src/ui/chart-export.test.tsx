// @vitest-environment jsdom
import 'vitest-canvas-mock';
import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubElementSize } from '../../tests/helpers/dom.ts';
import { Chart } from './chart.tsx';
import { chartDataUrl, chartInstance, wrapText } from './chart-export.ts';

describe('chart export', () => {
  it('wraps text to a width', () => {
    const ctx = { measureText: (s: string) => ({ width: s.length * 10 }) as TextMetrics };
    expect(wrapText(ctx, 'Sumber: Dinas Komunikasi dan Informatika', 140)).toEqual([
      'Sumber: Dinas',
      'Komunikasi dan',
      'Informatika',
    ]);
    expect(wrapText(ctx, '', 100)).toEqual([]);
  });

  it('finds the ECharts instance of a Chart container and renders it at pixel ratio 2', async () => {
    stubElementSize(400, 300);
    const { container } = render(
      <Chart
        option={{
          xAxis: { type: 'category', data: ['a'] },
          yAxis: { type: 'value' },
          series: [{ type: 'bar', data: [1] }],
        }}
        theme="light"
      />,
    );
    const box = container.querySelector('.chart') as HTMLElement;
    await waitFor(() => expect(chartInstance(box)).not.toBeNull());
    expect(chartDataUrl(box, '#ffffff')).toMatch(/^data:image\/png/);
    expect(chartInstance(document.createElement('div'))).toBeNull();
    expect(chartDataUrl(document.createElement('div'), '#fff')).toBeNull();
  });
});
