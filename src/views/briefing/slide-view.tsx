// One slide by its spec. Memoised: the deck re-renders for its own state (keys, loading progress, printing) without
// re-rendering the slides it shows.
import { memo } from 'react';
import type { SlideSpec } from './deck.ts';
import {
  BlankspotSlide,
  IsolatedSlide,
  MapSlide,
  RegenciesSlide,
  RegencySlide,
  RepeatersSlide,
  TrendsSlide,
} from './panel-slides.tsx';
import { StatusSlide, TargetsSlide } from './programme-slides.tsx';
import { SummarySlide } from './summary-slide.tsx';

export const SlideView = memo(function SlideView({ spec }: { spec: SlideSpec }) {
  switch (spec.kind) {
    case 'summary':
      return <SummarySlide />;
    case 'status':
      return <StatusSlide />;
    case 'targets':
      return <TargetsSlide />;
    case 'blankspot':
      return <BlankspotSlide />;
    case 'map':
      return <MapSlide />;
    case 'regencies':
      return <RegenciesSlide />;
    case 'repeaters':
      return <RepeatersSlide />;
    case 'trends':
      return <TrendsSlide />;
    case 'isolated':
      return <IsolatedSlide />;
    case 'regency':
      return <RegencySlide code={spec.code} name={spec.name} />;
  }
});
