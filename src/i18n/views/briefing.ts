// Strings of the briefing view (namespace "briefing"): Indonesian first, English with the same keys.
// `say` holds the narrative templates: the builders (src/views/briefing/narrative-*.ts) pick the key for each case
// (zero, one, many, missing, tie), so every placeholder is a figure of the catalog, a difference or a count derived
// from figures, a period, a baseline rule or a name from the data — no number is typed here.
export const briefing = {
  id: {
    title: 'Briefing pimpinan',
    deckLabel: 'Slide briefing',
    slideLabel: 'Slide {{n}} dari {{total}}: {{title}}',
    counter: '{{n}} / {{total}}',
    loading: 'Menyiapkan slide…',
    narrativeError: 'Angka untuk narasi slide ini gagal dimuat.',
    retry: 'Coba lagi',
    /** A whole group counted: "kedelapan desa" for 2–10, "semua 12 desa" beyond. */
    collective: {
      2: 'kedua',
      3: 'ketiga',
      4: 'keempat',
      5: 'kelima',
      6: 'keenam',
      7: 'ketujuh',
      8: 'kedelapan',
      9: 'kesembilan',
      10: 'kesepuluh',
      other: 'semua {{n}}',
    },
    headline: {
      summary: 'Ringkasan: posisi terhadap target dan yang perlu diputuskan',
      regencies: 'Kabupaten/kota menurut desa tanpa sinyal seluler',
      status: 'Status program terhadap target',
      targets: 'Rencana pemasangan: provinsi dan kabupaten/kota',
      blankspot: 'Pengurangan desa blankspot',
      map: 'Sisa blankspot dan kepadatan titik per kabupaten/kota',
      repeaters: 'Rencana repeater GSM',
      trends: 'Tren konektivitas titik layanan',
      isolated: 'Desa terisolir dan layanannya',
      regency: 'Lampiran · sorotan kabupaten/kota: {{name}}',
    },
    controls: {
      label: 'Kendali presentasi',
      first: 'Slide pertama',
      prev: 'Sebelumnya',
      next: 'Berikutnya',
      last: 'Slide terakhir',
      fullscreen: 'Layar penuh (F)',
      exitFullscreen: 'Keluar layar penuh (F)',
      pdf: 'Unduh PDF',
      png: 'Unduh PNG',
      showTable: 'Lihat tabel angka',
      hideTable: 'Sembunyikan tabel angka',
      firstShort: 'Awal',
      lastShort: 'Akhir',
      keys: 'Tombol: → ← PageDown PageUp, Home, End, F layar penuh',
      appendix: 'Lampiran ({{n}} slide)',
      appendixTitle: 'Ke lampiran: sorotan per kabupaten/kota, boleh dilewati',
      main: 'Kembali ke slide utama',
      mainTitle: 'Ke slide utama terakhir (sebelum lampiran)',
    },
    notes: {
      slideOutOfRange: 'Slide {{requested}} tidak ada: briefing ini berisi {{total}} slide. Ditampilkan slide pertama.',
      slideInvalid: 'Nomor slide "{{requested}}" tidak valid (harus bilangan 1–{{total}}). Ditampilkan slide pertama.',
      versionChanged:
        'Tautan ini dibuat untuk data versi {{linked}}. Data sudah diperbarui sejak itu (versi {{current}}, data per {{date}}): angka di slide adalah data terbaru dan bisa berbeda dari saat tautan dibuat.',
      dismiss: 'Tutup',
      preparing: 'Menyiapkan PDF: {{done}} dari {{total}} slide siap…',
      pngFailed: 'PNG gagal dibuat: {{message}}',
    },
    footer: {
      asOf: 'Data per {{date}} · versi data {{version}}',
      source: 'Sumber: {{source}}',
    },
    facts: {
      caption: 'Angka dalam narasi — {{title}}',
      name: 'Angka',
      period: 'Periode',
      scope: 'Wilayah',
      value: 'Nilai',
      province: 'Provinsi Jambi',
      delta: 'Selisih {{name}} terhadap {{baseline}} ({{baselinePeriod}})',
      counts: {
        'regencies-with-plan': 'Kabupaten/kota dengan rencana pemasangan',
        'regencies-met': 'Kabupaten/kota yang memenuhi rencananya',
        'listing-isolated-villages': 'Desa terisolir',
        'listing-isolated-villages-served': 'Desa terisolir yang dilayani titik dalam layanan',
        'listing-isolated-villages-surveyed': 'Desa terisolir dengan data sinyal',
        'listing-isolated-villages-without-signal': 'Desa terisolir tanpa sinyal seluler',
        'projection-low': 'Proyeksi desa tanpa sinyal seluler, batas bawah rentang',
        'projection-high': 'Proyeksi desa tanpa sinyal seluler, batas atas rentang',
      },
    },
    chart: {
      planned: 'Rencana',
      installed: 'Titik program terpasang',
      targetLine: 'Rencana (100%)',
      sitesAxis: 'Titik',
      area: 'Kabupaten/kota',
      year: 'Tahun',
      percent: 'Capaian',
      class: 'Keterangan',
      provinceTitle: 'Titik program terpasang per tahun dibanding rencana provinsi',
      provinceSubtitle:
        'Titik program (program dalam rencana) menurut tahun pemasangan, dan rencana provinsi · satuan: titik · data per {{date}}',
      provinceAria:
        'Diagram batang titik program terpasang per tahun, diwarnai menurut capaian terhadap rencana provinsi, di samping batang rencana.',
      regencyTitle: 'Capaian rencana {{year}} per kabupaten/kota',
      regencySubtitle:
        'Titik program terpasang {{year}} dibanding rencana kabupaten/kota (rencana per kabupaten/kota terakhir) · satuan: % rencana',
      regencyAria:
        'Diagram batang capaian rencana pemasangan per kabupaten/kota dalam persen rencananya, diwarnai menurut kategori capaian, dengan garis rencana 100%.',
      legend: {
        met: 'memenuhi (≥ {{met}}%)',
        near: 'hampir ({{near}}–{{nearTop}}%)',
        far: 'jauh di bawah (< {{near}}%)',
      },
      noTarget: 'Kabupaten/kota tanpa rencana pemasangan tidak digambar; lihat tabel.',
      planSum: 'Jumlah rencana kabupaten/kota',
    },
    cards: {
      label: 'Angka status program',
      published: 'Angka terbit dan angka dasbor',
    },
    published: {
      title: 'Angka yang dipublikasikan instansi dibanding angka dasbor',
      subtitle:
        'Selisih = angka dasbor − angka terbit, hanya bila periodenya sama; selain itu angka dasbor terdekat ditampilkan dengan periodenya sendiri',
      subject: 'Yang dilaporkan (kata sumber)',
      period: 'Periode',
      publishedValue: 'Angka terbit',
      producer: 'Produsen · terbit',
      indicator: 'Indikator dasbor',
      dashboardValue: 'Angka dasbor',
      difference: 'Selisih',
      otherPeriod: 'periode lain',
      noFigure: 'tidak ada',
      notInCatalog: 'bukan indikator katalog',
      empty: 'Belum ada angka terbit dalam data.',
    },
    isolated: {
      title: 'Desa terisolir',
      subtitle:
        'Desa yang tercatat terisolir, titik dalam layanan yang melayaninya, dan sinyal seluler {{period}} · data per {{date}}',
      village: 'Desa',
      district: 'Kecamatan',
      regency: 'Kabupaten/kota',
      servedSince: 'Dilayani sejak',
      servedBy: 'Program (teknologi)',
      signal: 'Sinyal seluler',
      notServed: 'Belum dilayani',
      signalMissing: 'Tidak ada data',
    },
    term: {
      variance: {
        met: 'memenuhi rencana',
        near: 'sedikit di bawah rencana',
        far: 'jauh di bawah rencana',
        none: 'tidak ada rencana',
      },
      status: {
        active: 'aktif',
        offline: 'offline',
        planned: 'masih direncanakan',
        decommissioned: 'dibongkar',
      },
      signal: { none: 'Tanpa sinyal', '2G': '2G', '3G': '3G', '4G': '4G' },
      trend: { down: 'turun', up: 'naik', same: 'tetap' },
    },
    say: {
      summary: {
        repeaters: 'Repeater GSM aktif per {{period}}: {{active}} dari {{planned}} unit dalam rencana ({{progress}}).',
        repeatersNone:
          'Per {{period}} belum ada repeater GSM yang aktif dari {{planned}} unit dalam rencana ({{progress}}).',
        sitesDown: 'Titik mati per {{period}}: {{value}} titik.',
        sitesDownNone: 'Tidak ada titik mati per {{period}}.',
        projection: {
          none: 'Proyeksi desa tanpa sinyal seluler belum dapat dihitung: belum ada data cakupan per tahun.',
          insufficient:
            'Proyeksi desa tanpa sinyal seluler belum dapat dihitung: tahun lengkap dengan data cakupan belum cukup.',
          reached: 'Tidak ada desa tanpa sinyal seluler pada akhir {{year}}.',
          around: 'Dengan laju {{fit}}, desa tanpa sinyal seluler diperkirakan habis pada {{year}}.',
          between:
            'Dengan laju {{fit}}, desa tanpa sinyal seluler diperkirakan habis sekitar {{central}} (rentang {{fast}}–{{slow}}).',
          earliest:
            'Dengan laju {{fit}}, desa tanpa sinyal seluler paling cepat habis pada {{fast}}; dengan laju terlambat belum habis sampai {{horizon}}.',
          notReached:
            'Dengan laju {{fit}}, desa tanpa sinyal seluler belum habis sampai {{horizon}}: perkiraannya {{low}}–{{high}} desa pada tahun itu.',
        },
        furthest: {
          item: '{{name}} {{value}} desa, {{gap}} di atas target ({{target}})',
          list: 'Terjauh dari target desa tanpa sinyal seluler ({{period}} dibanding target {{year}}): {{items}}.',
          listOld:
            'Terjauh dari target desa tanpa sinyal seluler ({{period}} dibanding target terakhir untuk {{year}}): {{items}}.',
          none: 'Semua kabupaten/kota sudah mencapai target desa tanpa sinyal selulernya untuk {{year}}.',
          noneOld:
            'Semua kabupaten/kota sudah mencapai target desa tanpa sinyal selulernya (target terakhir untuk {{year}}).',
        },
        decide: {
          blankspot: 'Percepat pengurangan desa tanpa sinyal seluler: masih {{gap}} desa di atas target.',
          blankspotWhere:
            'Percepat pengurangan desa tanpa sinyal seluler ({{gap}} desa di atas target), dimulai di {{names}}.',
          plan: 'Kejar rencana pemasangan {{period}}: baru {{installed}} dari {{planned}} titik program.',
          planNone: 'Kejar rencana pemasangan {{period}}: belum ada titik program terpasang dari {{planned}} titik.',
          sitesDown: 'Pulihkan {{value}} titik mati (per {{period}}).',
          repeaters: 'Aktifkan {{gap}} unit repeater GSM yang belum aktif dari {{planned}} unit dalam rencana.',
          targetsOld: 'Tetapkan target kabupaten/kota yang baru: target terakhir untuk {{year}}.',
        },
        regencies: {
          most: 'Desa tanpa sinyal seluler terbanyak {{period}}: {{items}}.',
          item: '{{name}} ({{value}} desa)',
        },
        decideTitle: 'Perlu keputusan',
        decideNone: 'Semua target terpenuhi: tidak ada yang perlu diputuskan.',
        changedTitle: 'Sejak publikasi sebelumnya',
        changedLoading: 'Memuat riwayat angka utama…',
        changedError: 'Riwayat angka utama gagal dimuat: {{message}}',
      },
      uptime: {
        none: 'Belum ada telemetri titik layanan.',
        only: 'Uptime rata-rata {{period}}: {{value}}; belum ada data rentang sebelumnya sebagai pembanding.',
        down: 'Uptime rata-rata {{period}}: {{value}}, turun {{delta}} poin {{baseline}} ({{previousPeriod}}: {{previous}}).',
        up: 'Uptime rata-rata {{period}}: {{value}}, naik {{delta}} poin {{baseline}} ({{previousPeriod}}: {{previous}}).',
        same: 'Uptime rata-rata {{period}}: {{value}}, tidak berubah {{baseline}} ({{previousPeriod}}: {{previous}}).',
      },
      status: {
        blankspotNone: 'Data cakupan sinyal belum tersedia.',
        blankspotNoTarget: 'Desa tanpa sinyal seluler {{period}}: {{value}}; belum ada target untuk tahun itu.',
        blankspotAbove:
          'Desa tanpa sinyal seluler {{period}}: {{value}}, {{gap}} di atas target akhir {{targetPeriod}} ({{target}}).',
        blankspotWithin:
          'Desa tanpa sinyal seluler {{period}}: {{value}}, sudah mencapai target akhir {{targetPeriod}} ({{target}}).',
        change: {
          noPrevious: 'Belum ada periode lengkap sebelumnya sebagai pembanding.',
          down: 'Jumlah itu turun {{delta}} {{baseline}} ({{previousPeriod}}: {{previous}}).',
          up: 'Jumlah itu naik {{delta}} {{baseline}} ({{previousPeriod}}: {{previous}}).',
          same: 'Jumlah itu tidak berubah {{baseline}} ({{previousPeriod}}: {{previous}}).',
        },
        planNone: 'Belum ada rencana pemasangan tingkat provinsi.',
        plan: {
          progress:
            'Titik program terpasang {{period}}: {{installed}} dari rencana {{planned}} titik ({{progress}}, {{class}}).',
          none: 'Belum ada titik program terpasang {{period}} dari rencana {{planned}} titik.',
          noPlan: 'Titik program terpasang {{period}}: {{installed}}; tidak ada rencana untuk tahun itu.',
          noPlanNone: 'Tidak ada rencana dan belum ada titik program terpasang {{period}}.',
          planZero:
            'Tidak ada pemasangan yang direncanakan {{period}} (rencana: {{planned}}); titik program terpasang: {{installed}}.',
          planZeroNone: 'Tidak ada pemasangan yang direncanakan {{period}} (rencana: {{planned}}).',
        },
      },
      targets: {
        none: 'Belum ada rencana pemasangan per kabupaten/kota.',
        province: {
          progress:
            'Pada {{period}} terpasang {{installed}} titik program dari rencana provinsi {{planned}} titik ({{progress}}, {{class}}).',
          none: 'Pada {{period}} belum ada titik program terpasang dari rencana provinsi {{planned}} titik.',
          noPlan: 'Pada {{period}} terpasang {{installed}} titik program; tidak ada rencana provinsi untuk tahun itu.',
          noPlanNone: 'Tidak ada rencana provinsi dan tidak ada titik program terpasang pada {{period}}.',
          planZero:
            'Rencana provinsi {{period}} tidak memuat pemasangan ({{planned}}); titik program terpasang: {{installed}}.',
          planZeroNone: 'Rencana provinsi {{period}} tidak memuat pemasangan ({{planned}}).',
        },
        sumIncomplete:
          'Tidak semua kabupaten/kota mempunyai rencana {{year}}, sehingga rencana kabupaten/kota tidak dapat dijumlahkan.',
        sumLess:
          'Rencana kabupaten/kota {{year}} berjumlah {{sum}} titik, {{gap}} lebih sedikit dari rencana provinsi ({{province}}): selisih itu tidak dialokasikan per kabupaten/kota, seperti unit repeater GSM.',
        sumMore:
          'Rencana kabupaten/kota {{year}} berjumlah {{sum}} titik, {{gap}} lebih banyak dari rencana provinsi ({{province}}).',
        sumSame: 'Rencana kabupaten/kota {{year}} berjumlah sama dengan rencana provinsi: {{sum}} titik.',
        noneWithPlan: 'Pada {{year}} tidak ada kabupaten/kota dengan rencana pemasangan.',
        allMetOne:
          'Pada {{year}}, satu-satunya kabupaten/kota dengan rencana pemasangan, {{name}}, memenuhi rencananya.',
        allMetTwo: 'Pada {{year}}, kedua kabupaten/kota dengan rencana pemasangan memenuhi rencananya.',
        allMet:
          'Pada {{year}}, semua {{n}} kabupaten/kota dengan rencana pemasangan memenuhi rencananya masing-masing.',
        noneMet:
          'Pada {{year}}, belum ada dari {{n}} kabupaten/kota dengan rencana pemasangan yang memenuhi rencananya.',
        someMetOne: 'Pada {{year}}, {{met}} dari {{n}} kabupaten/kota dengan rencana pemasangan memenuhi rencananya.',
        someMet: 'Pada {{year}}, {{met}} dari {{n}} kabupaten/kota dengan rencana pemasangan memenuhi rencananya.',
        lowest: 'Capaian terendah: {{name}}, {{installed}} dari rencana {{planned}} titik ({{progress}}, {{class}}).',
        lowestNone: 'Capaian terendah: {{name}} ({{progress}}, {{class}}).',
        lowestTie: '{{names}} sama-sama mencatat capaian terendah: {{progress}} ({{class}}).',
        highest: 'Capaian tertinggi: {{name}}, {{installed}} dari rencana {{planned}} titik ({{progress}}).',
        highestNone: 'Capaian tertinggi: {{name}} ({{progress}}).',
        highestTie: '{{names}} sama-sama mencatat capaian tertinggi: {{progress}}.',
      },
      blankspot: {
        none: 'Data cakupan sinyal belum tersedia.',
        zero: 'Pada {{period}} tidak ada desa tanpa sinyal seluler.',
        remaining: 'Desa tanpa sinyal seluler {{period}}: {{value}}.',
        remainingServed:
          'Desa tanpa sinyal seluler {{period}}: {{value}}; {{served}} di antaranya sudah dilayani Internet Desa.',
        remainingServedNone: 'Desa tanpa sinyal seluler {{period}}: {{value}}; belum ada yang dilayani Internet Desa.',
        noPrevious: 'Belum ada periode lengkap sebelumnya sebagai pembanding.',
        stillZero: 'Pada {{previousPeriod}} juga tidak ada.',
        fromPrevious: 'Pada {{previousPeriod}} jumlahnya masih {{previous}}.',
        change: {
          down: 'Jumlah itu turun {{delta}} {{baseline}} ({{previousPeriod}}: {{previous}}).',
          up: 'Jumlah itu naik {{delta}} {{baseline}} ({{previousPeriod}}: {{previous}}).',
          same: 'Jumlah itu tidak berubah {{baseline}} ({{previousPeriod}}: {{previous}}).',
        },
      },
      map: {
        noCoverage: 'Data cakupan sinyal per kabupaten/kota belum tersedia.',
        noBlankspot: 'Pada {{period}} tidak ada desa tanpa sinyal seluler di kabupaten/kota mana pun.',
        mostShare:
          'Bagian desa tanpa sinyal seluler terbesar {{period}} ada di {{name}}: {{share}} desanya ({{count}} desa).',
        mostShareOnly: 'Bagian desa tanpa sinyal seluler terbesar {{period}} ada di {{name}}: {{share}} desanya.',
        mostShareTie: '{{names}} sama-sama mencatat bagian desa tanpa sinyal seluler terbesar {{period}}: {{share}}.',
        free: '{{names}} tidak mempunyai desa tanpa sinyal seluler pada {{period}}.',
        freeOne: '{{names}} tidak mempunyai desa tanpa sinyal seluler pada {{period}}.',
        mostDensity: 'Kepadatan titik dalam layanan tertinggi per {{period}}: {{name}}, {{value}}.',
        mostDensityTie:
          '{{names}} sama-sama mencatat kepadatan titik dalam layanan tertinggi per {{period}}: {{value}}.',
      },
      repeaters: {
        none: 'Belum ada unit repeater GSM dalam data.',
        unitsOne: 'Ada {{total}} unit repeater GSM dalam rencana; unit itu {{status}}.',
        unitsAll: '{{total}} unit repeater GSM dalam rencana {{status}}.',
        units: 'Dari {{total}} unit repeater GSM dalam rencana: {{breakdown}}.',
        part: '{{n}} {{status}}',
        progress: 'Per {{period}}, {{active}} unit aktif: {{progress}} dari rencana.',
        progressNone: 'Per {{period}} belum ada unit yang aktif ({{progress}} dari rencana).',
        most: 'Unit terbanyak direncanakan di {{name}}: {{count}} unit.',
        mostTie: '{{names}} sama-sama mendapat unit terbanyak: masing-masing {{count}} unit.',
      },
      trends: {
        only: 'Dalam rentang itu hanya {{name}} yang melapor: {{value}}.',
        allSame: 'Dalam rentang itu semua program mencatat uptime yang sama: {{value}}.',
        bestWorst:
          'Dalam rentang itu, uptime tertinggi dicapai {{best}} ({{bestValue}}) dan terendah {{worst}} ({{worstValue}}).',
      },
      isolated: {
        none: 'Tidak ada desa yang tercatat terisolir dalam data.',
        allServed: '{{n}} desa yang tercatat terisolir sudah dilayani titik konektivitas.',
        allServedTwo: 'Kedua desa yang tercatat terisolir sudah dilayani titik konektivitas.',
        allServedOne: 'Satu-satunya desa yang tercatat terisolir, {{name}}, sudah dilayani titik konektivitas.',
        noneServed: 'Belum ada dari {{n}} desa yang tercatat terisolir yang dilayani titik konektivitas.',
        noneServedOne: 'Satu-satunya desa yang tercatat terisolir, {{name}}, belum dilayani titik konektivitas.',
        someServed: '{{served}} dari {{n}} desa yang tercatat terisolir sudah dilayani titik konektivitas.',
        featured: 'Desa yang disebut dalam pemberitaan: {{featured}}.',
        featuredServed: '{{name}} ({{regency}}) dilayani sejak {{date}}',
        featuredNotServed: '{{name}} ({{regency}}) belum dilayani',
        signalMissing: 'Data sinyal seluler desa-desa itu belum tersedia.',
        signalNoneAll: 'Menurut survei {{period}}, {{n}} desa itu masih tanpa sinyal seluler.',
        signalNoneTwo: 'Menurut survei {{period}}, kedua desa itu masih tanpa sinyal seluler.',
        signalNoneOne: 'Menurut survei {{period}}, desa itu masih tanpa sinyal seluler.',
        signalAll: 'Menurut survei {{period}}, semua desa itu sudah mendapat sinyal seluler.',
        signalSome: 'Menurut survei {{period}}, {{without}} dari {{n}} desa itu masih tanpa sinyal seluler.',
        signalSomeOne: 'Menurut survei {{period}}, {{without}} dari {{n}} desa itu masih tanpa sinyal seluler.',
      },
      regency: {
        noCoverage: 'Data cakupan sinyal untuk {{name}} belum tersedia.',
        zeroNoPrevious: 'Di {{name}} tidak ada desa tanpa sinyal seluler pada {{period}}.',
        zeroStill: 'Di {{name}} tidak ada desa tanpa sinyal seluler pada {{period}}, sama seperti {{previousPeriod}}.',
        zeroNow:
          'Di {{name}} tidak ada lagi desa tanpa sinyal seluler pada {{period}} ({{previousPeriod}}: {{previous}}).',
        remaining: 'Desa tanpa sinyal seluler di {{name}} {{period}}: {{value}}.',
        change: {
          down: 'Desa tanpa sinyal seluler di {{name}} {{period}}: {{value}}, turun {{delta}} {{baseline}} ({{previousPeriod}}: {{previous}}).',
          up: 'Desa tanpa sinyal seluler di {{name}} {{period}}: {{value}}, naik {{delta}} {{baseline}} ({{previousPeriod}}: {{previous}}).',
          same: 'Desa tanpa sinyal seluler di {{name}} {{period}}: {{value}}, tidak berubah {{baseline}} ({{previousPeriod}}: {{previous}}).',
        },
        noPlan: 'Belum ada rencana pemasangan untuk {{name}}.',
        plan: {
          progress:
            'Titik program terpasang di {{name}} {{period}}: {{installed}} dari rencana {{planned}} titik ({{progress}}, {{class}}).',
          none: 'Belum ada titik program terpasang di {{name}} {{period}} dari rencana {{planned}} titik.',
          noPlan: 'Titik program terpasang di {{name}} {{period}}: {{installed}}; tidak ada rencana untuk tahun itu.',
          noPlanNone: 'Tidak ada rencana dan belum ada titik program terpasang di {{name}} {{period}}.',
          planZero:
            'Rencana {{year}} untuk {{name}} tidak memuat pemasangan ({{planned}}); titik program terpasang: {{installed}}.',
          planZeroNone: 'Rencana {{year}} untuk {{name}} tidak memuat pemasangan ({{planned}}).',
        },
        planOld: {
          progress:
            'Rencana per kabupaten/kota terakhir ditetapkan untuk {{year}}; tahun itu terpasang {{installed}} titik program di {{name}} dari rencana {{planned}} ({{progress}}, {{class}}).',
          none: 'Rencana per kabupaten/kota terakhir ditetapkan untuk {{year}}; tahun itu belum ada titik program terpasang di {{name}} dari rencana {{planned}}.',
          noPlan:
            'Rencana per kabupaten/kota terakhir ditetapkan untuk {{year}}; titik program terpasang di {{name}} tahun itu: {{installed}}.',
          noPlanNone: 'Rencana per kabupaten/kota terakhir ditetapkan untuk {{year}}.',
          planZero:
            'Rencana per kabupaten/kota terakhir ditetapkan untuk {{year}}; rencana {{name}} tahun itu tidak memuat pemasangan ({{planned}}), titik program terpasang: {{installed}}.',
          planZeroNone:
            'Rencana per kabupaten/kota terakhir ditetapkan untuk {{year}}; rencana {{name}} tahun itu tidak memuat pemasangan ({{planned}}).',
        },
        inService: 'Titik dalam layanan di {{name}} per {{period}} (semua program): {{value}}.',
        inServiceNone: 'Belum ada titik dalam layanan di {{name}} per {{period}}.',
      },
      card: {
        period: '{{period}}',
        asOf: 'per {{period}}',
        basis: '{{baseline}} ({{previousPeriod}}: {{previous}})',
        baseline: '{{baseline}}',
        noBaseline: 'belum ada periode pembanding',
        change: { down: 'turun {{delta}}', up: 'naik {{delta}}', same: 'tidak berubah' },
        changePoints: { down: 'turun {{delta}} poin', up: 'naik {{delta}} poin', same: 'tidak berubah' },
        targetAbove: 'target akhir {{targetPeriod}}: {{target}} ({{gap}} di atas)',
        targetWithin: 'target akhir {{targetPeriod}}: {{target}} (tercapai)',
        plan: '{{installed}} dari rencana {{planned}} titik program, {{period}}',
        planNone: 'belum ada titik program terpasang dari rencana {{planned}}, {{period}}',
        class: '{{class}}',
        repeaters: 'dari {{planned}} unit dalam rencana ({{progress}})',
      },
    },
  },
  en: {
    title: 'Leadership briefing',
    deckLabel: 'Briefing slides',
    slideLabel: 'Slide {{n}} of {{total}}: {{title}}',
    counter: '{{n}} / {{total}}',
    loading: 'Preparing the slides…',
    narrativeError: 'The figures for this slide’s narrative could not be loaded.',
    retry: 'Try again',
    collective: {
      2: 'both',
      3: 'all three',
      4: 'all four',
      5: 'all five',
      6: 'all six',
      7: 'all seven',
      8: 'all eight',
      9: 'all nine',
      10: 'all ten',
      other: 'all {{n}}',
    },
    headline: {
      summary: 'Summary: where we stand against the targets, and what to decide',
      regencies: 'Regencies by villages without cellular signal',
      status: 'Programme status against targets',
      targets: 'Installation plans: province and regencies',
      blankspot: 'Blankspot villages: reduction',
      map: 'Blankspots left and site density per regency',
      repeaters: 'GSM repeater plan',
      trends: 'Connectivity trend of the sites',
      isolated: 'Isolated villages and how they are served',
      regency: 'Appendix · regency spotlight: {{name}}',
    },
    controls: {
      label: 'Presenter controls',
      first: 'First slide',
      prev: 'Previous',
      next: 'Next',
      last: 'Last slide',
      fullscreen: 'Full screen (F)',
      exitFullscreen: 'Leave full screen (F)',
      pdf: 'Download PDF',
      png: 'Download PNG',
      showTable: 'Show the figures',
      hideTable: 'Hide the figures',
      firstShort: 'First',
      lastShort: 'Last',
      keys: 'Keys: → ← PageDown PageUp, Home, End, F full screen',
      appendix: 'Appendix ({{n}} slides)',
      appendixTitle: 'To the appendix: one spotlight per regency, which may be skipped',
      main: 'Back to the main slides',
      mainTitle: 'To the last main slide (before the appendix)',
    },
    notes: {
      slideOutOfRange: 'There is no slide {{requested}}: this briefing has {{total}} slides. Showing the first slide.',
      slideInvalid: 'Slide number "{{requested}}" is not valid (a whole number 1–{{total}}). Showing the first slide.',
      versionChanged:
        'This link was made for data version {{linked}}. The data have been updated since (version {{current}}, data as of {{date}}): the slides show the latest figures, which may differ from when the link was made.',
      dismiss: 'Close',
      preparing: 'Preparing the PDF: {{done}} of {{total}} slides ready…',
      pngFailed: 'The PNG could not be made: {{message}}',
    },
    footer: {
      asOf: 'Data as of {{date}} · data version {{version}}',
      source: 'Source: {{source}}',
    },
    facts: {
      caption: 'Figures in the narrative — {{title}}',
      name: 'Figure',
      period: 'Period',
      scope: 'Area',
      value: 'Value',
      province: 'Jambi Province',
      delta: 'Difference of {{name}} from {{baseline}} ({{baselinePeriod}})',
      counts: {
        'regencies-with-plan': 'Regencies with an installation plan',
        'regencies-met': 'Regencies that met their plan',
        'listing-isolated-villages': 'Isolated villages',
        'listing-isolated-villages-served': 'Isolated villages served by a site in service',
        'listing-isolated-villages-surveyed': 'Isolated villages with signal data',
        'listing-isolated-villages-without-signal': 'Isolated villages without cellular signal',
        'projection-low': 'Projected villages without cellular signal, lower edge of the range',
        'projection-high': 'Projected villages without cellular signal, upper edge of the range',
      },
    },
    chart: {
      planned: 'Plan',
      installed: 'Programme sites installed',
      targetLine: 'Plan (100%)',
      sitesAxis: 'Sites',
      area: 'Regency/city',
      year: 'Year',
      percent: 'Progress',
      class: 'Meaning',
      provinceTitle: 'Programme sites installed per year against the province plan',
      provinceSubtitle:
        'Programme sites (programmes in the plan) by year of installation, and the province plan · unit: sites · data as of {{date}}',
      provinceAria:
        'Bar chart of programme sites installed per year, coloured by progress against the province plan, beside the plan bars.',
      regencyTitle: 'Progress against the {{year}} plan per regency',
      regencySubtitle:
        'Programme sites installed in {{year}} against each regency’s plan (the latest regency plans) · unit: % of plan',
      regencyAria:
        'Bar chart of installation progress per regency in percent of its plan, coloured by progress class, with the 100% plan line.',
      legend: {
        met: 'met (≥ {{met}}%)',
        near: 'close ({{near}}–{{nearTop}}%)',
        far: 'well below (< {{near}}%)',
      },
      noTarget: 'Regencies without planned installations are not drawn; see the table.',
      planSum: 'Regency plans added up',
    },
    cards: {
      label: 'Programme status figures',
      published: 'Published and dashboard figures',
    },
    published: {
      title: 'Figures published by public bodies against the dashboard’s',
      subtitle:
        'Difference = dashboard − published, only for the same period; otherwise the nearest dashboard figure is shown with its own period',
      subject: 'What was reported (source’s words)',
      period: 'Period',
      publishedValue: 'Published',
      producer: 'Producer · published',
      indicator: 'Dashboard indicator',
      dashboardValue: 'Dashboard',
      difference: 'Difference',
      otherPeriod: 'other period',
      noFigure: 'none',
      notInCatalog: 'not a catalog indicator',
      empty: 'No published figures in the data yet.',
    },
    isolated: {
      title: 'Isolated villages',
      subtitle:
        'Villages recorded as isolated, the sites in service that serve them, and their cellular signal {{period}} · data as of {{date}}',
      village: 'Village',
      district: 'District',
      regency: 'Regency/city',
      servedSince: 'Served since',
      servedBy: 'Programme (technology)',
      signal: 'Cellular signal',
      notServed: 'Not served yet',
      signalMissing: 'No data',
    },
    term: {
      variance: {
        met: 'plan met',
        near: 'slightly below plan',
        far: 'well below plan',
        none: 'no plan',
      },
      status: {
        active: 'active',
        offline: 'offline',
        planned: 'still planned',
        decommissioned: 'decommissioned',
      },
      signal: { none: 'No signal', '2G': '2G', '3G': '3G', '4G': '4G' },
      trend: { down: 'down', up: 'up', same: 'unchanged' },
    },
    say: {
      summary: {
        repeaters:
          'GSM repeaters active as of {{period}}: {{active}} of the {{planned}} units in the plan ({{progress}}).',
        repeatersNone:
          'As of {{period}} none of the {{planned}} GSM repeater units in the plan is active ({{progress}}).',
        sitesDown: 'Sites down as of {{period}}: {{value}} sites.',
        sitesDownNone: 'No site is down as of {{period}}.',
        projection: {
          none: 'The projection of villages without cellular signal cannot be computed: there are no yearly coverage data.',
          insufficient:
            'The projection of villages without cellular signal cannot be computed: too few complete years of coverage data.',
          reached: 'No village was without cellular signal at the end of {{year}}.',
          around: 'At the pace of {{fit}}, the last villages without cellular signal would be covered in {{year}}.',
          between:
            'At the pace of {{fit}}, the last villages without cellular signal would be covered around {{central}} (range {{fast}}–{{slow}}).',
          earliest:
            'At the pace of {{fit}}, the last villages without cellular signal would be covered in {{fast}} at the earliest; at the slowest pace not by {{horizon}}.',
          notReached:
            'At the pace of {{fit}}, villages without cellular signal remain in {{horizon}}: an estimated {{low}}–{{high}} villages that year.',
        },
        furthest: {
          item: '{{name}} {{value}} villages, {{gap}} above its target ({{target}})',
          list: 'Furthest from the target for villages without cellular signal ({{period}} against the {{year}} target): {{items}}.',
          listOld:
            'Furthest from the target for villages without cellular signal ({{period}} against the last target, set for {{year}}): {{items}}.',
          none: 'Every regency has met its target for villages without cellular signal for {{year}}.',
          noneOld:
            'Every regency has met its target for villages without cellular signal (the last target, set for {{year}}).',
        },
        decide: {
          blankspot:
            'Speed up the reduction of villages without cellular signal: still {{gap}} villages above the target.',
          blankspotWhere:
            'Speed up the reduction of villages without cellular signal ({{gap}} villages above the target), starting in {{names}}.',
          plan: 'Catch up with the installation plan, {{period}}: {{installed}} of {{planned}} programme sites so far.',
          planNone: 'Catch up with the installation plan, {{period}}: no programme site installed of {{planned}}.',
          sitesDown: 'Restore the {{value}} sites down (as of {{period}}).',
          repeaters: 'Activate the {{gap}} GSM repeater units not yet active of the {{planned}} in the plan.',
          targetsOld: 'Set new regency targets: the last were set for {{year}}.',
        },
        regencies: {
          most: 'Most villages without cellular signal, {{period}}: {{items}}.',
          item: '{{name}} ({{value}} villages)',
        },
        decideTitle: 'To decide',
        decideNone: 'Every target is met: nothing to decide.',
        changedTitle: 'Since the previous publication',
        changedLoading: 'Loading the headline history…',
        changedError: 'The headline history could not be loaded: {{message}}',
      },
      uptime: {
        none: 'There is no site telemetry yet.',
        only: 'Mean uptime {{period}}: {{value}}; there are no data for the window before to compare with.',
        down: 'Mean uptime {{period}}: {{value}}, down {{delta}} points {{baseline}} ({{previousPeriod}}: {{previous}}).',
        up: 'Mean uptime {{period}}: {{value}}, up {{delta}} points {{baseline}} ({{previousPeriod}}: {{previous}}).',
        same: 'Mean uptime {{period}}: {{value}}, unchanged {{baseline}} ({{previousPeriod}}: {{previous}}).',
      },
      status: {
        blankspotNone: 'Coverage data are not available yet.',
        blankspotNoTarget: 'Villages without cellular signal, {{period}}: {{value}}; no target was set for that year.',
        blankspotAbove:
          'Villages without cellular signal, {{period}}: {{value}}, {{gap}} above the target for the end of {{targetPeriod}} ({{target}}).',
        blankspotWithin:
          'Villages without cellular signal, {{period}}: {{value}}, within the target for the end of {{targetPeriod}} ({{target}}).',
        change: {
          noPrevious: 'There is no earlier complete period to compare with yet.',
          down: 'That is down {{delta}} {{baseline}} ({{previousPeriod}}: {{previous}}).',
          up: 'That is up {{delta}} {{baseline}} ({{previousPeriod}}: {{previous}}).',
          same: 'That is unchanged {{baseline}} ({{previousPeriod}}: {{previous}}).',
        },
        planNone: 'No province installation plan has been set.',
        plan: {
          progress:
            'Programme sites installed, {{period}}: {{installed}} of a plan of {{planned}} ({{progress}}, {{class}}).',
          none: 'No programme site installed yet, {{period}}, of a plan of {{planned}}.',
          noPlan: 'Programme sites installed, {{period}}: {{installed}}; no plan was set for that year.',
          noPlanNone: 'No plan and no programme site installed, {{period}}.',
          planZero:
            'No installation was planned, {{period}} (plan: {{planned}}); programme sites installed: {{installed}}.',
          planZeroNone: 'No installation was planned, {{period}} (plan: {{planned}}).',
        },
      },
      targets: {
        none: 'No installation plan per regency has been set.',
        province: {
          progress:
            'In {{period}}, {{installed}} programme sites were installed against a province plan of {{planned}} ({{progress}}, {{class}}).',
          none: 'In {{period}}, no programme site was installed against a province plan of {{planned}}.',
          noPlan:
            'In {{period}}, {{installed}} programme sites were installed; there was no province plan for that year.',
          noPlanNone: 'No province plan and no programme site installed in {{period}}.',
          planZero:
            'The province plan for {{period}} held no installation ({{planned}}); programme sites installed: {{installed}}.',
          planZeroNone: 'The province plan for {{period}} held no installation ({{planned}}).',
        },
        sumIncomplete: 'Not every regency has a plan for {{year}}, so the regency plans cannot be added up.',
        sumLess:
          'The regency plans for {{year}} add up to {{sum}}, {{gap}} fewer than the province plan ({{province}}): the difference is not allocated to regencies, like the GSM repeater units.',
        sumMore:
          'The regency plans for {{year}} add up to {{sum}}, {{gap}} more than the province plan ({{province}}).',
        sumSame: 'The regency plans for {{year}} add up to the province plan: {{sum}}.',
        noneWithPlan: 'In {{year}} no regency had an installation plan.',
        allMetOne: 'In {{year}}, the only regency with an installation plan, {{name}}, met its plan.',
        allMetTwo: 'In {{year}}, both regencies with an installation plan met their plans.',
        allMet: 'In {{year}}, all {{n}} regencies with an installation plan met their own plans.',
        noneMet: 'In {{year}}, none of the {{n}} regencies with an installation plan met its plan.',
        someMetOne: 'In {{year}}, {{met}} of the {{n}} regencies with an installation plan met its plan.',
        someMet: 'In {{year}}, {{met}} of the {{n}} regencies with an installation plan met their plans.',
        lowest: 'Lowest progress: {{name}}, {{installed}} of a plan of {{planned}} ({{progress}}, {{class}}).',
        lowestNone: 'Lowest progress: {{name}} ({{progress}}, {{class}}).',
        lowestTie: '{{names}} share the lowest progress: {{progress}} ({{class}}).',
        highest: 'Highest progress: {{name}}, {{installed}} of a plan of {{planned}} ({{progress}}).',
        highestNone: 'Highest progress: {{name}} ({{progress}}).',
        highestTie: '{{names}} share the highest progress: {{progress}}.',
      },
      blankspot: {
        none: 'Coverage data are not available yet.',
        zero: 'No village is without cellular signal, {{period}}.',
        remaining: 'Villages without cellular signal, {{period}}: {{value}}.',
        remainingServed:
          'Villages without cellular signal, {{period}}: {{value}}; Internet Desa serves {{served}} of them.',
        remainingServedNone:
          'Villages without cellular signal, {{period}}: {{value}}; Internet Desa serves none of them yet.',
        noPrevious: 'There is no earlier complete period to compare with yet.',
        stillZero: 'There were none in {{previousPeriod}} either.',
        fromPrevious: 'In {{previousPeriod}} there were still {{previous}}.',
        change: {
          down: 'That is down {{delta}} {{baseline}} ({{previousPeriod}}: {{previous}}).',
          up: 'That is up {{delta}} {{baseline}} ({{previousPeriod}}: {{previous}}).',
          same: 'That is unchanged {{baseline}} ({{previousPeriod}}: {{previous}}).',
        },
      },
      map: {
        noCoverage: 'Coverage data per regency are not available yet.',
        noBlankspot: 'No regency has a village without cellular signal, {{period}}.',
        mostShare:
          'The largest share of villages without cellular signal, {{period}}, is in {{name}}: {{share}} of its villages ({{count}}).',
        mostShareOnly: 'The largest share of villages without cellular signal, {{period}}, is in {{name}}: {{share}}.',
        mostShareTie:
          '{{names}} are tied for the largest share of villages without cellular signal, {{period}}: {{share}}.',
        free: '{{names}} have no village without cellular signal, {{period}}.',
        freeOne: '{{names}} has no village without cellular signal, {{period}}.',
        mostDensity: 'Highest density of sites in service at {{period}}: {{name}}, {{value}}.',
        mostDensityTie: '{{names}} are tied for the highest density of sites in service at {{period}}: {{value}}.',
      },
      repeaters: {
        none: 'There are no GSM repeater units in the data yet.',
        unitsOne: 'There is {{total}} GSM repeater unit in the plan; it is {{status}}.',
        unitsAll: '{{total}} GSM repeater units in the plan are {{status}}.',
        units: 'Of the {{total}} GSM repeater units in the plan: {{breakdown}}.',
        part: '{{n}} {{status}}',
        progress: 'At {{period}}, {{active}} units are active: {{progress}} of the plan.',
        progressNone: 'At {{period}} no unit is active yet ({{progress}} of the plan).',
        most: 'Most units are planned in {{name}}: {{count}}.',
        mostTie: '{{names}} have the most units: {{count}} each.',
      },
      trends: {
        only: 'In that window only {{name}} reported: {{value}}.',
        allSame: 'In that window every programme had the same uptime: {{value}}.',
        bestWorst:
          'In that window, {{best}} had the highest uptime ({{bestValue}}) and {{worst}} the lowest ({{worstValue}}).',
      },
      isolated: {
        none: 'No village is recorded as isolated in the data.',
        allServed: '{{n}} villages recorded as isolated are served by a connectivity site.',
        allServedTwo: 'Both villages recorded as isolated are served by a connectivity site.',
        allServedOne: 'The only village recorded as isolated, {{name}}, is served by a connectivity site.',
        noneServed: 'None of the {{n}} villages recorded as isolated is served by a connectivity site yet.',
        noneServedOne: 'The only village recorded as isolated, {{name}}, is not served by a connectivity site yet.',
        someServed: '{{served}} of the {{n}} villages recorded as isolated are served by a connectivity site.',
        featured: 'Villages named in public reporting: {{featured}}.',
        featuredServed: '{{name}} ({{regency}}) served since {{date}}',
        featuredNotServed: '{{name}} ({{regency}}) not served yet',
        signalMissing: 'Cellular signal data for these villages are not available yet.',
        signalNoneAll: 'In the {{period}} survey, {{n}} of them were still without cellular signal.',
        signalNoneTwo: 'In the {{period}} survey, both were still without cellular signal.',
        signalNoneOne: 'In the {{period}} survey, it was still without cellular signal.',
        signalAll: 'In the {{period}} survey, all of them had cellular signal.',
        signalSome: 'In the {{period}} survey, {{without}} of the {{n}} were still without cellular signal.',
        signalSomeOne: 'In the {{period}} survey, {{without}} of the {{n}} was still without cellular signal.',
      },
      regency: {
        noCoverage: 'Coverage data for {{name}} are not available yet.',
        zeroNoPrevious: 'No village in {{name}} is without cellular signal, {{period}}.',
        zeroStill: 'No village in {{name}} is without cellular signal, {{period}}, as in {{previousPeriod}}.',
        zeroNow:
          'No village in {{name}} is left without cellular signal, {{period}} ({{previousPeriod}}: {{previous}}).',
        remaining: 'Villages without cellular signal in {{name}}, {{period}}: {{value}}.',
        change: {
          down: 'Villages without cellular signal in {{name}}, {{period}}: {{value}}, down {{delta}} {{baseline}} ({{previousPeriod}}: {{previous}}).',
          up: 'Villages without cellular signal in {{name}}, {{period}}: {{value}}, up {{delta}} {{baseline}} ({{previousPeriod}}: {{previous}}).',
          same: 'Villages without cellular signal in {{name}}, {{period}}: {{value}}, unchanged {{baseline}} ({{previousPeriod}}: {{previous}}).',
        },
        noPlan: 'No installation plan has been set for {{name}}.',
        plan: {
          progress:
            'Programme sites installed in {{name}}, {{period}}: {{installed}} of a plan of {{planned}} ({{progress}}, {{class}}).',
          none: 'No programme site installed in {{name}} yet, {{period}}, of a plan of {{planned}}.',
          noPlan: 'Programme sites installed in {{name}}, {{period}}: {{installed}}; no plan was set for that year.',
          noPlanNone: 'No plan and no programme site installed in {{name}}, {{period}}.',
          planZero:
            'The {{year}} plan for {{name}} held no installation ({{planned}}); programme sites installed: {{installed}}.',
          planZeroNone: 'The {{year}} plan for {{name}} held no installation ({{planned}}).',
        },
        planOld: {
          progress:
            'The latest regency plans are for {{year}}; that year {{installed}} programme sites were installed in {{name}} against a plan of {{planned}} ({{progress}}, {{class}}).',
          none: 'The latest regency plans are for {{year}}; that year no programme site was installed in {{name}} against a plan of {{planned}}.',
          noPlan:
            'The latest regency plans are for {{year}}; programme sites installed in {{name}} that year: {{installed}}.',
          noPlanNone: 'The latest regency plans are for {{year}}.',
          planZero:
            'The latest regency plans are for {{year}}; the plan for {{name}} held no installation that year ({{planned}}), programme sites installed: {{installed}}.',
          planZeroNone:
            'The latest regency plans are for {{year}}; the plan for {{name}} held no installation that year ({{planned}}).',
        },
        inService: 'Sites in service in {{name}} at {{period}} (every programme): {{value}}.',
        inServiceNone: 'No site is in service in {{name}} at {{period}}.',
      },
      card: {
        period: '{{period}}',
        asOf: 'at {{period}}',
        basis: '{{baseline}} ({{previousPeriod}}: {{previous}})',
        baseline: '{{baseline}}',
        noBaseline: 'no period to compare with yet',
        change: { down: 'down {{delta}}', up: 'up {{delta}}', same: 'unchanged' },
        changePoints: { down: 'down {{delta}} points', up: 'up {{delta}} points', same: 'unchanged' },
        targetAbove: 'target for the end of {{targetPeriod}}: {{target}} ({{gap}} above)',
        targetWithin: 'target for the end of {{targetPeriod}}: {{target}} (met)',
        plan: '{{installed}} of a plan of {{planned}} programme sites, {{period}}',
        planNone: 'no programme site installed of a plan of {{planned}}, {{period}}',
        class: '{{class}}',
        repeaters: 'of {{planned}} units in the plan ({{progress}})',
      },
    },
  },
};
