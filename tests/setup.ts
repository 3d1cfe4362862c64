import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import { EN_MESSAGES } from '../src/i18n/en-bundle.ts';
import { addEnglish, registerMessages } from '../src/i18n/i18n.ts';
import { briefing } from '../src/i18n/views/briefing.ts';
import { catalog } from '../src/i18n/views/catalog.ts';
import { explore } from '../src/i18n/views/explore.ts';

// The views register their messages when their (lazily loaded) module loads; component tests of their parts get
// them here.
registerMessages('explore', explore);
registerMessages('briefing', briefing);
registerMessages('catalog', catalog);
// English loads on demand in the app (i18n.ts loadEnglish); tests switch language synchronously.
addEnglish(EN_MESSAGES);

// waitFor/findBy wait for a condition; their 1 s default fails on a busy 2-core CI machine while a chart is still
// drawing (a repeater-plan test did). A condition that holds returns at once, so a longer bound costs nothing.
configure({ asyncUtilTimeout: 10_000 });
