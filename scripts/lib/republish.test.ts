import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { republishPlan, writeResultsSection } from './republish.ts';

describe('republishPlan', () => {
  it('50 republishes: 48 new versions, a rollback to an earlier one at the middle, an invalid file at 3/4', () => {
    const plan = republishPlan(50);
    expect(plan).toHaveLength(50);
    expect(plan.filter((s) => s.kind === 'new').map((s) => s.version)).toEqual(
      Array.from({ length: 48 }, (_, i) => i + 1),
    );
    // Index 25: version 25 is on screen (new 1…25 before it), the rollback goes to version 12.
    expect(plan[25]).toEqual({ kind: 'rollback', version: 12 });
    expect(plan[26]).toEqual({ kind: 'new', version: 26 });
    // Index 37: the version on screen before it is 36 (new 26…36 after the rollback); it stays expected.
    expect(plan[37]).toEqual({ kind: 'invalid', version: 36 });
  });

  it('3 republishes: one new version, a rollback to the build data, an invalid file', () => {
    expect(republishPlan(3)).toEqual([
      { kind: 'new', version: 1 },
      { kind: 'rollback', version: 0 },
      { kind: 'invalid', version: 0 },
    ]);
    expect(() => republishPlan(2)).toThrow();
  });
});

describe('writeResultsSection', () => {
  it('appends the section, then replaces only it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'jdac-results-')), 'RESULTS.md');
    writeFileSync(file, '# Results\n\n## Wall soak\n\nold soak\n');
    writeResultsSection(file, 'Republish soak', 'first');
    expect(readFileSync(file, 'utf8')).toBe('# Results\n\n## Wall soak\n\nold soak\n\n## Republish soak\n\nfirst\n');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n## Notes\n\nkeep\n`);
    writeResultsSection(file, 'Republish soak', 'second');
    expect(readFileSync(file, 'utf8')).toBe(
      '# Results\n\n## Wall soak\n\nold soak\n\n## Republish soak\n\nsecond\n\n## Notes\n\nkeep\n',
    );
  });
});
