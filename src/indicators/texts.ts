// The long texts of the indicator catalog (MS-Ind: konsep, definisi, rumus, and which programme kinds count), id
// and en. Kept apart from the definitions so the first paint does not carry them: the "Definisi" affordance and
// the data catalog load this module when they need it.
import type { Text } from '../data/contract.ts';
import type { IndicatorId } from './types.ts';

export interface IndicatorTexts {
  concept: Text;
  definition: Text;
  /** The formula in words (rumus); the query builder in defs/ is its only implementation. */
  formula: Text;
  /** Which programme kinds count (documentation; the SQL reads programmes.kind / in_plan). */
  counts?: Text;
}

export const INDICATOR_TEXTS: Record<IndicatorId, IndicatorTexts> = {
  installations: {
    concept: {
      id: 'Pemasangan titik layanan konektivitas di desa: Internet Desa, repeater GSM, BTS 4G dan titik operator.',
      en: 'Installation of connectivity sites in villages: Internet Desa, GSM repeaters, 4G towers and operator sites.',
    },
    definition: {
      id: 'Banyaknya titik yang tanggal terpasangnya jatuh dalam periode, dari semua program. Titik yang kemudian offline atau dibongkar tetap dihitung pada periode pemasangannya.',
      en: 'Number of sites whose installation date falls in the period, of every programme. A site that later went offline or was decommissioned still counts in the period it was installed.',
    },
    formula: {
      id: 'count(sites) dengan installed_on dalam periode',
      en: 'count(sites) with installed_on in the period',
    },
    counts: {
      id: 'Semua jenis program.',
      en: 'Every programme kind.',
    },
  },
  plan_installations: {
    concept: {
      id: 'Pemasangan titik oleh program yang direncanakan pemerintah (rencana di targets.planned_installations).',
      en: 'Installations by the programmes the government plans (the plan in targets.planned_installations).',
    },
    definition: {
      id: 'Banyaknya titik dari program yang masuk rencana (programmes.in_plan) yang tanggal terpasangnya jatuh dalam periode.',
      en: 'Number of sites of programmes in the plan (programmes.in_plan) whose installation date falls in the period.',
    },
    formula: {
      id: 'count(sites) dengan installed_on dalam periode dan programmes.in_plan',
      en: 'count(sites) with installed_on in the period and programmes.in_plan',
    },
    counts: {
      id: 'Program dengan in_plan = true pada kosakata programmes (contoh: Internet Desa BAKTI dan Dumisake, repeater GSM Dumisake).',
      en: 'Programmes with in_plan = true in the programmes vocabulary (e.g. BAKTI and Dumisake Internet Desa, Dumisake GSM repeaters).',
    },
  },
  planned_installations: {
    concept: {
      id: 'Rencana pemasangan titik program per tahun.',
      en: 'The yearly plan of programme installations.',
    },
    definition: {
      id: 'targets.planned_installations: baris provinsi (regency_code kosong) untuk provinsi; baris kabupaten/kota untuk wilayahnya. Rencana provinsi dapat memuat titik yang belum dialokasikan ke kabupaten/kota (mis. repeater GSM 2024), sehingga jumlah rencana kabupaten/kota bisa lebih kecil.',
      en: 'targets.planned_installations: the province row (empty regency_code) for the province; regency rows for their areas. The province plan may hold sites not yet allocated to a regency (e.g. the 2024 GSM repeaters), so the regency plans can add up to less.',
    },
    formula: {
      id: 'targets.planned_installations',
      en: 'targets.planned_installations',
    },
  },
  plan_progress: {
    concept: {
      id: 'Seberapa jauh rencana pemasangan titik program telah terwujud.',
      en: 'How far the plan of programme installations has been realised.',
    },
    definition: {
      id: 'Titik program terpasang dibagi rencana titik terpasang pada periode dan wilayah yang sama, dalam persen. Dihitung per tahun rencana: titik yang terpasang pada tahun tanpa rencana untuk wilayah itu tidak dihitung.',
      en: 'Programme sites installed divided by the installations planned for the same period and area, in percent. Counted per plan year: sites installed in a year without a plan for the area do not count.',
    },
    formula: {
      id: '100 × plan_installations / planned_installations',
      en: '100 × plan_installations / planned_installations',
    },
  },
  sites_in_service: {
    concept: {
      id: 'Titik yang terpasang dan belum dibongkar.',
      en: 'Sites installed and not taken down.',
    },
    definition: {
      id: 'Banyaknya titik terpasang berstatus active atau offline pada tanggal data. Titik planned dan decommissioned tidak dihitung.',
      en: 'Number of installed sites with status active or offline at the data date. Planned and decommissioned sites are not counted.',
    },
    formula: {
      id: 'count(sites) dengan installed_on terisi dan status ∈ {active, offline}',
      en: 'count(sites) with installed_on set and status ∈ {active, offline}',
    },
    counts: {
      id: 'Semua jenis program.',
      en: 'Every programme kind.',
    },
  },
  villages_total: {
    concept: {
      id: 'Desa dan kelurahan di wilayah.',
      en: 'Villages (desa and kelurahan) of the area.',
    },
    definition: {
      id: 'Banyaknya desa/kelurahan dalam daftar villages.',
      en: 'Number of villages in the villages list.',
    },
    formula: {
      id: 'count(villages)',
      en: 'count(villages)',
    },
  },
  blankspot_villages: {
    concept: {
      id: 'Desa/kelurahan yang tidak terjangkau sinyal seluler apa pun (2G, 3G maupun 4G).',
      en: 'Villages reached by no cellular signal at all (2G, 3G or 4G).',
    },
    definition: {
      id: 'Banyaknya desa/kelurahan dengan is_blankspot = true pada survei cakupan tahun itu (kondisi akhir tahun; tahun berjalan: kondisi s.d. tanggal data). Titik Internet Desa melayani desa tetapi tidak mengakhiri blankspot-nya.',
      en: "Number of villages with is_blankspot = true in that year's coverage survey (state at year end; the current year: state up to the data date). An Internet Desa point serves a village without ending its blankspot.",
    },
    formula: {
      id: 'count(village_coverage) dengan is_blankspot',
      en: 'count(village_coverage) with is_blankspot',
    },
  },
  blankspot_share: {
    concept: {
      id: 'Desa/kelurahan yang tidak terjangkau sinyal seluler apa pun (2G, 3G maupun 4G).',
      en: 'Villages reached by no cellular signal at all (2G, 3G or 4G).',
    },
    definition: {
      id: 'Desa blankspot dibagi desa/kelurahan yang disurvei pada tahun itu, dalam persen.',
      en: 'Blankspot villages divided by the villages surveyed that year, in percent.',
    },
    formula: {
      id: '100 × blankspot_villages / desa disurvei',
      en: '100 × blankspot_villages / villages surveyed',
    },
  },
  blankspot_target: {
    concept: {
      id: 'Banyaknya desa blankspot yang ditargetkan tersisa di akhir tahun.',
      en: 'The number of blankspot villages targeted to remain at year end.',
    },
    definition: {
      id: 'targets.blankspot_target: baris provinsi untuk provinsi; jumlah baris kabupaten/kota terpilih bila semuanya punya target tahun itu.',
      en: "targets.blankspot_target: the province row for the province; the sum of the selected regencies' rows when each has a target that year.",
    },
    formula: {
      id: 'targets.blankspot_target',
      en: 'targets.blankspot_target',
    },
  },
  villages_4g: {
    concept: {
      id: 'Desa/kelurahan yang terjangkau sinyal 4G.',
      en: 'Villages reached by a 4G signal.',
    },
    definition: {
      id: "Banyaknya desa/kelurahan dengan best_signal = '4G' pada survei cakupan tahun itu.",
      en: "Number of villages with best_signal = '4G' in that year's coverage survey.",
    },
    formula: {
      id: "count(village_coverage) dengan best_signal = '4G'",
      en: "count(village_coverage) with best_signal = '4G'",
    },
  },
  villages_4g_share: {
    concept: {
      id: 'Desa/kelurahan yang terjangkau sinyal 4G.',
      en: 'Villages reached by a 4G signal.',
    },
    definition: {
      id: 'Desa dengan sinyal 4G dibagi desa/kelurahan yang disurvei pada tahun itu, dalam persen.',
      en: 'Villages with 4G divided by the villages surveyed that year, in percent.',
    },
    formula: {
      id: '100 × villages_4g / desa disurvei',
      en: '100 × villages_4g / villages surveyed',
    },
  },
  villages_served: {
    concept: {
      id: 'Desa tanpa sinyal seluler yang sudah mendapat akses internet dari titik Internet Desa.',
      en: 'Villages without cellular signal that have internet access from an Internet Desa point.',
    },
    definition: {
      id: 'Banyaknya desa blankspot pada tahun itu yang memiliki minimal satu titik program berjenis village_access yang terpasang paling lambat akhir tahun itu dan berstatus active atau offline.',
      en: 'Number of blankspot villages that year with at least one site of a village_access programme installed by the end of that year and with status active or offline.',
    },
    formula: {
      id: 'count(desa blankspot ∃ site: kind = village_access, year(installed_on) ≤ tahun, status ∈ {active, offline})',
      en: 'count(blankspot villages ∃ site: kind = village_access, year(installed_on) ≤ year, status ∈ {active, offline})',
    },
    counts: {
      id: 'Hanya program berjenis village_access (titik Internet Desa).',
      en: 'Only programmes of kind village_access (Internet Desa points).',
    },
  },
  sites_per_100_villages: {
    concept: {
      id: 'Kepadatan titik layanan dibanding banyaknya desa, agar wilayah besar dan kecil dapat dibandingkan.',
      en: 'Density of sites against the number of villages, so large and small areas compare.',
    },
    definition: {
      id: 'Titik dalam layanan dibagi jumlah desa/kelurahan wilayah, dikali 100.',
      en: 'Sites in service divided by the villages of the area, times 100.',
    },
    formula: {
      id: '100 × sites_in_service / villages_total',
      en: '100 × sites_in_service / villages_total',
    },
    counts: {
      id: 'Semua jenis program.',
      en: 'Every programme kind.',
    },
  },
  repeaters_planned: {
    concept: {
      id: 'Unit repeater GSM yang direncanakan untuk membawa sinyal ke desa blankspot.',
      en: 'GSM repeater units planned to bring signal to blankspot villages.',
    },
    definition: {
      id: 'Banyaknya titik berteknologi GSM repeater di daftar sites, apa pun statusnya (planned, active, offline, decommissioned).',
      en: 'Number of sites with technology GSM repeater in the sites list, whatever their status.',
    },
    formula: {
      id: "count(sites) dengan technology = 'GSM repeater'",
      en: "count(sites) with technology = 'GSM repeater'",
    },
  },
  repeaters_active: {
    concept: {
      id: 'Unit repeater GSM yang sedang melayani.',
      en: 'GSM repeater units in service and up.',
    },
    definition: {
      id: 'Banyaknya titik berteknologi GSM repeater berstatus active pada tanggal data.',
      en: 'Number of GSM repeater sites with status active at the data date.',
    },
    formula: {
      id: "count(sites) dengan technology = 'GSM repeater' dan status = 'active'",
      en: "count(sites) with technology = 'GSM repeater' and status = 'active'",
    },
  },
  repeater_progress: {
    concept: {
      id: 'Bagian rencana repeater GSM yang sudah aktif.',
      en: 'Share of the GSM repeater plan that is active.',
    },
    definition: {
      id: 'Unit repeater GSM aktif dibagi unit dalam rencana, dalam persen.',
      en: 'GSM repeater units active divided by the units in the plan, in percent.',
    },
    formula: {
      id: '100 × repeaters_active / repeaters_planned',
      en: '100 × repeaters_active / repeaters_planned',
    },
  },
  uptime: {
    concept: {
      id: 'Seberapa lama titik layanan dapat dipakai.',
      en: 'How much of the time the sites can be used.',
    },
    definition: {
      id: 'Rata-rata uptime_pct atas semua titik-hari yang dilaporkan dalam periode (titik yang tidak melapor tidak dihitung sebagai 0). Angka utama: 30 hari s.d. hari terakhir telemetri, dibanding 30 hari sebelumnya.',
      en: 'Mean of uptime_pct over every site-day reported in the period (a site that did not report does not count as 0). Headline: the 30 days up to the last telemetry day, against the 30 days before.',
    },
    formula: {
      id: 'sum(uptime_pct) / count(titik-hari)',
      en: 'sum(uptime_pct) / count(site-days)',
    },
  },
  downlink: {
    concept: {
      id: 'Kecepatan unduh yang dialami pengguna titik.',
      en: 'Download speed experienced at the sites.',
    },
    definition: {
      id: 'Rata-rata down_mbps atas titik-hari yang dilaporkan dalam periode.',
      en: 'Mean of down_mbps over the site-days reported in the period.',
    },
    formula: {
      id: 'sum(down_mbps) / count(titik-hari)',
      en: 'sum(down_mbps) / count(site-days)',
    },
  },
  data_volume: {
    concept: {
      id: 'Banyaknya data yang dipakai melalui titik.',
      en: 'Data used through the sites.',
    },
    definition: {
      id: 'Jumlah data_gb dalam periode.',
      en: 'Sum of data_gb over the period.',
    },
    formula: {
      id: 'sum(data_gb)',
      en: 'sum(data_gb)',
    },
  },
  daily_users: {
    concept: {
      id: 'Berapa orang memakai titik dalam sehari.',
      en: 'How many people use the sites in a day.',
    },
    definition: {
      id: 'Jumlah pengguna unik harian (users) atas semua titik-hari dalam periode, dibagi banyaknya hari kalender periode yang tercakup data. Bukan jumlah pengguna-hari.',
      en: 'Daily unique users summed over every site-day of the period, divided by the calendar days of the period the data cover. Not a sum of user-days.',
    },
    formula: {
      id: 'sum(users) / hari dalam periode',
      en: 'sum(users) / days in the period',
    },
  },
  sites_down: {
    concept: {
      id: 'Titik layanan yang sedang mati: berstatus offline, atau lama tidak mengirim telemetri.',
      en: 'Connectivity sites that are down: status offline, or silent for too long.',
    },
    definition: {
      id: 'Banyaknya titik dalam layanan (terpasang, status aktif atau offline) yang berstatus offline, atau yang pernah mengirim telemetri tetapi tidak mengirim apa pun lebih dari 7 hari sampai hari terakhir site_daily.',
      en: 'Number of sites in service (installed, status active or offline) whose status is offline, or that have sent telemetry before but nothing for more than 7 days up to the last day of site_daily.',
    },
    formula: {
      id: "count(sites dalam layanan) dengan status = 'offline' atau (hari terakhir site_daily − hari telemetri terakhir titik) > 7",
      en: "count(sites in service) with status = 'offline' or (site_daily's last day − the site's last telemetry day) > 7",
    },
    counts: {
      id: 'Semua jenis program. Titik yang tidak pernah mengirim telemetri (BTS 4G, titik operator) dihitung hanya bila berstatus offline.',
      en: 'Every programme kind. Sites that never send telemetry (4G towers, operator sites) count only when their status is offline.',
    },
  },
};
