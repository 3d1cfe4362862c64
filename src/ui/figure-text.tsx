// A number in running text (a KPI value, a figure in a narrative sentence) with the data-* attributes that name
// its indicator, period, scope and raw value (src/indicators/figure.ts). Text only: React escapes it.
import type { ReactNode } from 'react';

export function FigureText({
  attrs,
  children,
  className,
}: {
  attrs: Readonly<Record<string, string>>;
  children: ReactNode;
  className?: string;
}) {
  return (
    <span className={className} {...attrs}>
      {children}
    </span>
  );
}
