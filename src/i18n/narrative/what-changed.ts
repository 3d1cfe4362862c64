// Strings of the "what changed" sentences (namespace "whatChanged", registered by src/narrative/what-changed-text.ts):
// Indonesian first, English with the same keys. The builder (src/narrative/what-changed.ts) picks the key for the case
// — nothing changed, one change, many, no previous version, the same version, a rollback — and every placeholder is
// a recorded figure, a difference of two recorded figures, a count of them, a period, a date or a version: no
// number is typed here. A sentence's first letter is capitalised when it is rendered (labels are lower case).
export const whatChanged = {
  id: {
    since: {
      date: 'sejak {{date}}',
      version: 'sejak versi data {{version}} (data per {{date}})',
      rollback: 'dibanding data per {{date}} (versi {{version}})',
    },
    lead: {
      none: '{{since}}, tidak ada angka utama yang berubah.',
      many: '{{since}}, {{count}} angka utama berubah.',
      rest: 'Angka utama lainnya tidak berubah.',
    },
    change: {
      down: '{{label}} turun {{delta}} dari {{previous}} menjadi {{value}} ({{period}}).',
      up: '{{label}} naik {{delta}} dari {{previous}} menjadi {{value}} ({{period}}).',
      downPoints: '{{label}} turun {{delta}} poin dari {{previous}} menjadi {{value}} ({{period}}).',
      upPoints: '{{label}} naik {{delta}} poin dari {{previous}} menjadi {{value}} ({{period}}).',
      newPeriod: '{{label}} kini {{value}} ({{period}}), periode baru; sebelumnya {{previous}} ({{previousPeriod}}).',
      missingNow: '{{label}} tidak ada lagi dalam data; sebelumnya {{previous}} ({{previousPeriod}}).',
      missingThen: '{{label}} kini {{value}} ({{period}}); sebelumnya belum ada angkanya.',
    },
    /** One change: the change itself, led by the date it is measured from. */
    one: '{{since}}, {{change}}',
    first:
      'Belum ada publikasi sebelumnya untuk dibandingkan: ini versi data pertama yang tercatat (versi {{version}}, data per {{date}}).',
    same: 'Data belum berubah sejak briefing sebelumnya: versi data masih {{version}} (data per {{date}}).',
    noHistory:
      'Riwayat angka utama belum mencatat versi data yang tampil ({{version}}), jadi perubahannya tidak dapat dihitung.',
    rollback:
      'Data yang tampil (versi {{version}}, data per {{date}}) lebih lama daripada versi {{baselineVersion}} (data per {{baselineDate}}) yang dipakai sebelumnya: data telah dikembalikan ke versi sebelumnya.',
    pinnedMissing:
      'Versi data briefing sebelumnya ({{pinned}}) tidak ada dalam riwayat; pembandingnya publikasi sebelumnya.',
    label: {
      blankspot_villages: 'desa tanpa sinyal seluler',
      blankspot_share: 'persentase desa tanpa sinyal seluler',
      blankspot_target: 'target desa tanpa sinyal seluler',
      villages_served: 'desa blankspot yang terlayani Internet Desa',
      installations_total: 'jumlah titik terpasang sejak awal data',
      installations_year: 'titik terpasang tahun berjalan',
      installations_year_programme: 'titik {{programme}} terpasang tahun berjalan',
      plan_installations_year: 'titik program terpasang tahun berjalan',
      planned_installations_year: 'rencana pemasangan tahun berjalan',
      plan_progress_year: 'capaian rencana pemasangan',
      repeaters_active: 'repeater GSM aktif',
      repeaters_planned: 'repeater GSM dalam rencana',
      uptime_day: 'uptime hari terakhir',
      uptime_30d: 'uptime 30 hari',
      sites_down: 'titik mati',
    },
  },
  en: {
    since: {
      date: 'since {{date}}',
      version: 'since data version {{version}} (data as of {{date}})',
      rollback: 'compared with the data as of {{date}} (version {{version}})',
    },
    lead: {
      none: '{{since}}, none of the headline figures has changed.',
      many: '{{since}}, {{count}} headline figures have changed.',
      rest: 'The other headline figures have not changed.',
    },
    change: {
      down: '{{label}} fell by {{delta}} from {{previous}} to {{value}} ({{period}}).',
      up: '{{label}} rose by {{delta}} from {{previous}} to {{value}} ({{period}}).',
      downPoints: '{{label}} fell by {{delta}} points from {{previous}} to {{value}} ({{period}}).',
      upPoints: '{{label}} rose by {{delta}} points from {{previous}} to {{value}} ({{period}}).',
      newPeriod: '{{label}}: now {{value}} ({{period}}), a new period; before: {{previous}} ({{previousPeriod}}).',
      missingNow: '{{label}}: no longer in the data; before: {{previous}} ({{previousPeriod}}).',
      missingThen: '{{label}}: now {{value}} ({{period}}); there was no figure before.',
    },
    one: '{{since}}, {{change}}',
    first:
      'There is no earlier publication to compare with: this is the first data version recorded (version {{version}}, data as of {{date}}).',
    same: 'The data have not changed since the previous briefing: the data version is still {{version}} (data as of {{date}}).',
    noHistory:
      'The headline history does not record the data version shown ({{version}}), so its changes cannot be computed.',
    rollback:
      'The data shown (version {{version}}, data as of {{date}}) are older than version {{baselineVersion}} (data as of {{baselineDate}}) used before: the data were rolled back to an earlier version.',
    pinnedMissing:
      'The data version of the previous briefing ({{pinned}}) is not in the history; compared with the previous publication instead.',
    label: {
      blankspot_villages: 'villages without cellular signal',
      blankspot_share: 'the share of villages without cellular signal',
      blankspot_target: 'the target for villages without cellular signal',
      villages_served: 'blankspot villages served by Internet Desa',
      installations_total: 'sites installed since the data begin',
      installations_year: 'sites installed this year',
      installations_year_programme: '{{programme}} sites installed this year',
      plan_installations_year: 'programme sites installed this year',
      planned_installations_year: 'the installation plan for this year',
      plan_progress_year: 'progress against the installation plan',
      repeaters_active: 'GSM repeaters active',
      repeaters_planned: 'GSM repeaters in the plan',
      uptime_day: 'uptime on the last day',
      uptime_30d: '30-day uptime',
      sites_down: 'sites down',
    },
  },
} as const;
