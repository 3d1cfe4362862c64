import { EN_MESSAGES } from './en-bundle.ts';
import { ID_MESSAGES } from './i18n.ts';
import { briefing } from './views/briefing.ts';
import { catalog } from './views/catalog.ts';
import { explore } from './views/explore.ts';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('message catalogues', () => {
  it('English has exactly the keys of Indonesian', () => {
    // The first paint's catalogue (core and panels) against the English one that loads on demand.
    expect(keys(EN_MESSAGES).sort()).toEqual(keys(ID_MESSAGES).sort());
    for (const pair of [explore, briefing, catalog]) expect(keys(pair.en).sort()).toEqual(keys(pair.id).sort());
  });
});
