import '@testing-library/jest-dom/vitest';
import { registerMessages } from '../src/i18n/i18n.ts';
import { briefing } from '../src/i18n/views/briefing.ts';
import { catalog } from '../src/i18n/views/catalog.ts';
import { explore } from '../src/i18n/views/explore.ts';

// The views register their messages when their (lazily loaded) module loads; component tests of their parts get
// them here.
registerMessages('explore', explore);
registerMessages('briefing', briefing);
registerMessages('catalog', catalog);
