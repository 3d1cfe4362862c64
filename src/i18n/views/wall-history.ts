// Strings of the wall's "since the last publication" strip (src/views/wall/history-strip.tsx), namespace
// "wallHistory": Indonesian first, English with the same keys. The headline names are the briefing's
// (whatChanged.label, src/i18n/narrative/what-changed.ts); no number is typed here.
export const wallHistory = {
  id: {
    label: 'Perubahan angka utama sejak publikasi sebelumnya',
    since: 'Sejak publikasi {{date}}:',
    sinceVersion: 'Sejak publikasi versi {{version}} ({{date}}):',
    rollback: 'Data dikembalikan; dibanding publikasi {{date}} (versi {{version}}):',
    same: 'tetap',
    rest: 'angka utama lainnya di layar tetap',
    none: 'angka utama di layar tidak berubah',
    points: '{{value}} poin',
  },
  en: {
    label: 'Headline changes since the last publication',
    since: 'Since the publication of {{date}}:',
    sinceVersion: 'Since the publication of version {{version}} ({{date}}):',
    rollback: 'Data rolled back; compared with the publication of {{date}} (version {{version}}):',
    same: 'unchanged',
    rest: 'the other headline figures on screen are unchanged',
    none: 'no headline figure on screen has changed',
    points: '{{value}} points',
  },
} as const;
