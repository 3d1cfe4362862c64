// validateCsvText: what spreadsheets really produce, line numbers, caps, kept rows, plain-text messages, the
// publish profile and the download of invalid rows.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sniffDelimiter, validateCsvText } from './csv.ts';
import { formatReport, invalidRowsCsv } from './format.ts';

const SITES = 'site_id,village_code,programme,technology,status,budget_year,installed_on,bandwidth_mbps';
const DAILY = 'site_id,date,uptime_pct,down_mbps,data_gb,users';
const TODAY = '2026-06-30';

const codes = (r: { issues: { code: string; line?: number; column?: string }[] }) =>
  r.issues.map((i) => [i.code, i.line, i.column]);

describe('headers', () => {
  it('match case-, space- and underscore-insensitively, with a BOM and in any order', () => {
    const header = '\uFEFF Village Code ,SITE_ID, programme ,Technology,STATUS,Budget Year,installed-on,bandwidth_MBPS';
    const r = validateCsvText(
      `${header}\n15.02.01.2001,IDD23-001,Dumisake Internet Desa,VSAT,active,2023,2023-08-14,10\n`,
      {
        fileName: 'upload.csv',
        today: TODAY,
      },
    );
    expect(r.issues).toEqual([]);
    expect(r.dataset).toBe('sites');
    expect(r.datasetFrom).toBe('headers');
    expect(r.detected.bom).toBe(true);
    expect(r.validRows[0]).toMatchObject({ site_id: 'IDD23-001', village_code: '15.02.01.2001', bandwidth_mbps: 10 });
    expect(Object.keys(r.validRows[0] ?? {})).toEqual(SITES.split(','));
  });

  it('reports a column given twice', () => {
    const r = validateCsvText(
      `${SITES},Site ID\nIDD23-001,15.02.01.2001,Dumisake Internet Desa,VSAT,active,2023,,,X\n`,
      {
        fileName: 'sites.csv',
      },
    );
    expect(codes(r)).toEqual([['duplicate_column', 1, 'site_id']]);
    expect(r.issues[0]?.message.id).toContain('kolom ke-1 dan ke-9');
  });

  it('says so when the dataset cannot be told, and --dataset/options win over the name', () => {
    const r = validateCsvText('a,b\n1,2\n', { fileName: 'export.csv' });
    expect(codes(r)).toEqual([['unknown_dataset', undefined, undefined]]);
    expect(r.rowCount).toBe(1);
    const named = validateCsvText('regency_code,bps_code,name,type\n15.01,1501,Kerinci,Kabupaten\n', {
      fileName: 'sites-2024.csv',
      dataset: 'regencies',
    });
    expect(named.datasetFrom).toBe('option');
    expect(named.ok).toBe(true);
  });

  it('ignores trailing empty header cells and empty trailing fields (Excel ranges)', () => {
    const r = validateCsvText(
      'regency_code;bps_code;name;type;;\n15.01;1501;Kerinci;Kabupaten;;\n15.02;1502;Merangin;Kabupaten\n',
      {
        fileName: 'regencies.csv',
      },
    );
    expect(r.issues).toEqual([]);
    expect(r.validRowCount).toBe(2);
  });
});

describe('conventions, detected per file', () => {
  it('sniffs the delimiter from the header line, ignoring quoted ones', () => {
    expect(sniffDelimiter('a;b;c')).toBe(';');
    expect(sniffDelimiter('"a;b",c,d')).toBe(',');
    expect(sniffDelimiter('a\tb\tc')).toBe('\t');
    expect(sniffDelimiter('single')).toBe(',');
  });

  it('reads decimal commas and thousands dots in a ; file, and says which convention it found', () => {
    const r = validateCsvText(`${DAILY.replaceAll(',', ';')}\nIDD23-001;31/01/2024;99,5;1.234,5;0,25;1.020\n`, {
      fileName: 'site_daily.csv',
      today: TODAY,
    });
    expect(r.detected).toMatchObject({ delimiter: ';', decimal: ',', dateFormat: 'dd/mm/yyyy' });
    expect(r.validRows[0]).toEqual({
      site_id: 'IDD23-001',
      date: '2024-01-31',
      uptime_pct: 99.5,
      down_mbps: 1234.5,
      data_gb: 0.25,
      users: 1020,
    });
  });

  it('decides the decimal separator once per file: a point in a decimal-comma file is an error, not a guess', () => {
    const rows = [
      'IDD23-001;2024-01-01;99,5;12,5;1,5;10',
      'IDD23-001;2024-01-02;98,5;11,5;2,5;10',
      'IDD23-001;2024-01-03;97.5;10,5;3,5;10',
    ];
    const r = validateCsvText(`${DAILY.replaceAll(',', ';')}\n${rows.join('\n')}\n`, {
      fileName: 'site_daily.csv',
      today: TODAY,
    });
    expect(r.detected.decimal).toBe(',');
    expect(codes(r)).toEqual([['wrong_type', 4, 'uptime_pct']]);
    expect(r.issues[0]?.message.id).toContain('memakai titik sebagai pemisah desimal, padahal berkas ini memakai koma');
  });

  it('reads a point-decimal file with ; delimiters when its numbers say so', () => {
    const r = validateCsvText(`${DAILY.replaceAll(',', ';')}\nIDD23-001;2024-01-01;99.5;12.25;1.5;10\n`, {
      fileName: 'site_daily.csv',
      today: TODAY,
    });
    expect(r.detected.decimal).toBe('.');
    expect(r.validRows[0]).toMatchObject({ uptime_pct: 99.5, down_mbps: 12.25 });
  });

  it('accepts ISO and day-first dates, booleans in Indonesian, and keeps codes as strings', () => {
    const r = validateCsvText(
      [
        'village_code,district_code,district_name,regency_code,name,kind,isolated',
        '15.02.01.2001,15.02.01,Jangkat,15.02,Renah Kemumu,desa,ya',
        '15.02.23.2008,15.02.23,Tabir Barat,15.02,Air Liki,desa,TIDAK',
        '15.01.01.1004,15.01.01,Gunung Raya,15.01,Lempur Tengah,kelurahan,1',
      ].join('\n'),
      { fileName: 'villages.csv' },
    );
    expect(r.ok).toBe(true);
    expect(r.validRows.map((x) => x.isolated)).toEqual([true, false, true]);
    expect(r.validRows[0]?.regency_code).toBe('15.02');
    const d = validateCsvText(`${DAILY}\nA-1,2024-01-31,1,1,1,1\nA-1,01/02/2024,1,1,1,1\n`, {
      fileName: 'site_daily.csv',
      today: TODAY,
    });
    expect(d.ok).toBe(true);
    expect(d.detected.dateFormat).toBe('mixed');
    expect(d.validRows.map((x) => x.date)).toEqual(['2024-01-31', '2024-02-01']);
  });

  it('recognises US month/day order and gives a hint', () => {
    const r = validateCsvText(`${DAILY}\nA-1,01/31/2024,1,1,1,1\n`, { fileName: 'site_daily.csv', today: TODAY });
    expect(codes(r)).toEqual([['wrong_type', 2, 'date']]);
    expect(r.issues[0]?.message.id).toContain('bulan/hari/tahun');
  });

  it('uses today in WIB by default for future dates', () => {
    const future = `${new Date().getUTCFullYear() + 2}-01-01`;
    const r = validateCsvText(`${DAILY}\nA-1,${future},1,1,1,1\nA-1,2024-01-01,1,1,1,1\n`, {
      fileName: 'site_daily.csv',
    });
    expect(codes(r)).toEqual([['future_date', 2, 'date']]);
  });
});

describe('line numbers', () => {
  it('count CRLF lines, blank lines and quoted line breaks', () => {
    const text = [
      'village_code,district_code,district_name,regency_code,name,kind,isolated',
      '',
      '15.02.01.2001,15.02.01,Jangkat,15.02,"Renah',
      'Kemumu ""lama""",desa,true',
      '   ',
      '15.02.23.2008,15.02.23,Tabir Barat,15.02,"Air\r\nLiki\r\nBaru",Desa,true',
      '15.01.01.1004,15.01.01,Gunung Raya,15.01,Lempur Tengah,kota,false',
    ].join('\r\n');
    const r = validateCsvText(text, { fileName: 'villages.csv' });
    expect(codes(r)).toEqual([
      ['invalid_enum', 6, 'kind'],
      ['invalid_enum', 9, 'kind'],
    ]);
    expect(r.validRows[0]?.name).toBe('Renah\r\nKemumu "lama"');
  });

  it('start after leading blank lines', () => {
    const r = validateCsvText(`\n\n${DAILY}\nA-1,2024-01-31,101,1,1,1\n`, { fileName: 'site_daily.csv', today: TODAY });
    expect(codes(r)).toEqual([['out_of_range', 4, 'uptime_pct']]);
  });
});

describe('rows', () => {
  it('keeps valid rows and gives invalid ones with their line, raw fields and reasons', () => {
    const text = `${DAILY}\nA-1,2024-01-31,99,1,1,1\nA-1,2024-02-01,,1,1,1\nA-1,2024-02-02,abc,-1,1,1\n`;
    const r = validateCsvText(text, { fileName: 'site_daily.csv', today: TODAY });
    expect(r.validRows).toEqual([
      { site_id: 'A-1', date: '2024-01-31', uptime_pct: 99, down_mbps: 1, data_gb: 1, users: 1 },
    ]);
    expect(r.invalidRows.map((x) => [x.line, x.raw, x.issues.map((i) => i.code)])).toEqual([
      [3, ['A-1', '2024-02-01', '', '1', '1', '1'], ['null_value']],
      [4, ['A-1', '2024-02-02', 'abc', '-1', '1', '1'], ['wrong_type', 'out_of_range']],
    ]);
    const csv = invalidRowsCsv(r);
    const parsed = Papa.parse<string[]>(csv).data;
    expect(parsed[0]).toEqual(['baris', ...DAILY.split(','), 'masalah']);
    expect(parsed[2]?.slice(0, 4)).toEqual(['4', 'A-1', '2024-02-02', 'abc']);
    expect(parsed[2]?.[7]).toContain('bukan angka');
  });

  it('keepRows: none keeps only counts', () => {
    const r = validateCsvText(`${DAILY}\nA-1,2024-01-31,99,1,1,1\nA-1,2024-01-31,99,1,1,1\n`, {
      fileName: 'site_daily.csv',
      today: TODAY,
      keepRows: 'none',
    });
    expect([r.rowCount, r.validRowCount, r.invalidRowCount]).toEqual([2, 1, 1]);
    expect(r.validRows).toEqual([]);
    expect(r.invalidRows).toEqual([]);
  });

  it('null keys are keys too (targets: one province row per year)', () => {
    const r = validateCsvText(
      'year,regency_code,planned_installations,blankspot_target\n2024,,90,255\n2024,,80,\n2024,15.01,1,\n',
      {
        fileName: 'targets.csv',
      },
    );
    expect(codes(r)).toEqual([['duplicate_key', 3, 'year,regency_code']]);
    expect(r.issues[0]?.otherLine).toBe(2);
  });

  it('a bad key cell is not also reported as a duplicate', () => {
    const r = validateCsvText(`${DAILY}\nA-1,2024-02-30,1,1,1,1\nA-1,2024-02-30,1,1,1,1\n`, {
      fileName: 'site_daily.csv',
      today: TODAY,
    });
    expect(r.issues.map((i) => i.code)).toEqual(['wrong_type', 'wrong_type']);
  });
});

describe('caps', () => {
  it('lists the first 50 issues per code and counts the rest', () => {
    const rows = Array.from({ length: 130 }, (_, i) => `A-${i},2024-01-01,${i < 120 ? 150 : 50},1,1,x`);
    const r = validateCsvText(`${DAILY}\n${rows.join('\n')}\n`, {
      fileName: 'site_daily.csv',
      today: TODAY,
      keepRows: 'invalid',
    });
    expect(r.issueCounts).toEqual({ out_of_range: 120, wrong_type: 130 });
    expect(r.omittedIssues).toEqual({ out_of_range: 70, wrong_type: 80 });
    expect(r.issues.filter((i) => i.code === 'out_of_range')).toHaveLength(50);
    expect(r.errorCount).toBe(250);
    expect(r.invalidRows).toHaveLength(130); // rows keep every reason
    expect(r.invalidRows[125]?.issues.map((i) => i.code)).toEqual(['wrong_type']);
    expect(formatReport(r)).toContain('… dan 70 lainnya');
  });

  it('takes another cap when asked', () => {
    const rows = Array.from({ length: 5 }, (_, i) => `A-${i},2024-01-01,150,1,1,1`);
    const r = validateCsvText(`${DAILY}\n${rows.join('\n')}\n`, {
      fileName: 'site_daily.csv',
      today: TODAY,
      maxIssuesPerCode: 2,
    });
    expect(r.issues).toHaveLength(2);
    expect(r.omittedIssues).toEqual({ out_of_range: 3 });
  });
});

describe('messages are plain text', () => {
  const XSS = '<img src=x onerror=alert(1)>';

  it('keeps markup in values verbatim in messages, reports and downloads', () => {
    const r = validateCsvText(
      `${SITES}\nIDD23-001,15.02.01.2001,Dumisake Internet Desa,VSAT,"${XSS}",2023,2023-08-14,10\n`,
      {
        fileName: 'sites.csv',
        today: TODAY,
      },
    );
    const issue = r.issues[0];
    expect(issue?.code).toBe('invalid_enum');
    expect(issue?.value).toBe(XSS);
    expect(issue?.message.id).toContain(`"${XSS}"`);
    expect(issue?.message.en).toContain(`"${XSS}"`);
    for (const text of [
      issue?.message.id,
      issue?.message.en,
      issue?.hint?.id,
      formatReport(r),
      formatReport(r, 'en'),
    ]) {
      expect(text).not.toMatch(/&lt;|&gt;|&amp;|&quot;|<(?!img src=x onerror=alert\(1\)>)/);
    }
    expect(formatReport(r)).toContain(XSS);
    expect(invalidRowsCsv(r)).toContain(XSS);
  });

  it('keeps the markup in a file name as text too', () => {
    const r = validateCsvText('', { fileName: `${XSS}.csv` });
    expect(r.issues[0]?.message.id).toBe(`${XSS}.csv: berkas kosong, tidak ada isi.`);
  });

  it('has English for every message and hint', () => {
    const r = validateCsvText(`${DAILY},x\nA-1,31/02/2024,150,1,1,1,\nA-1,2024-01-01,1,1,1\n`, {
      fileName: 'site_daily.csv',
      today: TODAY,
    });
    expect(r.issues.length).toBeGreaterThan(2);
    for (const i of r.issues) {
      expect(i.message.en).toMatch(/^site_daily\.csv/);
      expect(i.message.en).not.toBe(i.message.id);
      if (i.hint) expect(i.hint.en.length).toBeGreaterThan(5);
    }
    expect(formatReport(r, 'en')).toContain('line 3: 5 fields, expected 7');
  });
});

describe('profile: publish', () => {
  it('accepts the canonical form the dashboard loads', () => {
    const r = validateCsvText(
      `${SITES}\nIDD23-001,15.02.01.2001,Dumisake Internet Desa,VSAT,active,2023,2023-08-14,10.5\n`,
      {
        fileName: 'sites.csv',
        today: TODAY,
        profile: 'publish',
      },
    );
    expect(r.ok).toBe(true);
  });

  it('refuses what only an upload may have: ; delimiter, other header names or order, decimal commas, dd/mm dates', () => {
    const text = `${DAILY.replaceAll(',', ';').replace('site_id', 'Site ID')}\nA-1;31/01/2024;99,5;1;1;1\n`;
    const upload = validateCsvText(text, { fileName: 'site_daily.csv', today: TODAY });
    expect(upload.ok).toBe(true);
    const r = validateCsvText(text, { fileName: 'site_daily.csv', today: TODAY, profile: 'publish' });
    expect(codes(r)).toEqual([
      ['not_canonical', 1, undefined],
      ['not_canonical', 1, undefined],
      ['not_canonical', 2, 'date'],
      ['not_canonical', 2, 'uptime_pct'],
    ]);
    expect(r.issues[0]?.message.id).toContain('untuk publikasi, pemisah harus koma');
  });
});
