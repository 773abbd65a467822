// The board's exports: every table of the Statistik page as an Excel workbook, the Kolada report
// as CSV, and a PDF report with charts, tables and the comparison. Libraries do the formats
// (exceljs, csv-stringify, pdfmake); this file only lays out the figures.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { KoladaReportView } from './build-kolada-report.ts';
import type { GoalView } from './goals.presenter.ts';
import type { Statistics } from './statistics.presenter.ts';

export interface ExportInput {
  report: KoladaReportView;
  statistics: Statistics;
  goals: GoalView[];
}

const SUPPRESSED = 'färre än 5';
const nf = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });
const fmt = (v: number | null | undefined, unit?: 'percent' | 'count') =>
  v === null || v === undefined ? '–' : `${nf.format(v)}${unit === 'percent' ? ' %' : ''}`;
const scopeName = (r: KoladaReportView) => `${r.municipality.name}${r.unit ? `, ${r.unit.name}` : ''}`;

/** A table as the exports lay it out: a title, a header row and rows of text or numbers. */
interface Table {
  title: string;
  header: string[];
  rows: Array<Array<string | number | null>>;
}

/** Every table of the page, in page order. Suppressed cells say so instead of a number. */
export function exportTables({ report, statistics, goals }: ExportInput): Table[] {
  const cell = (v: number | null, suppressed = false) => (suppressed ? SUPPRESSED : v);
  return [
    koladaTable(report),
    {
      title: 'Per månad',
      header: [
        'Månad',
        'Avslut',
        'A',
        'B',
        'C',
        'D',
        'E',
        'Arbete/studier %',
        'Hittills i år %',
        'Aktiva',
        'Med försörjningsstöd',
        'Långtidsarbetslösa %',
      ],
      rows: statistics.monthly.map((m) => [
        m.month,
        m.exits,
        m.byCategory.A,
        m.byCategory.B,
        m.byCategory.C,
        m.byCategory.D,
        m.byCategory.E,
        m.workOrStudiesShare,
        m.cumulativeShare,
        m.active,
        m.incomeSupport,
        m.longTermShare,
      ]),
    },
    ...statistics.breakdowns.map((b) => ({
      title: b.title,
      header: [b.title, 'Deltagare', 'Avslut', 'Arbete eller studier', 'Andel %'],
      rows: b.rows.map((r) => [
        r.label,
        cell(r.participants, r.participants === null),
        cell(r.exits, r.suppressed),
        cell(r.workOrStudies, r.suppressed),
        cell(r.share, r.suppressed),
      ]),
    })),
    {
      title: 'Arbetsgivare',
      header: ['Arbetsgivare', 'Avslut till arbete'],
      rows: statistics.employers.map((e) => [e.label, cell(e.jobs, e.suppressed)]),
    },
    {
      title: 'Tid till arbete',
      header: ['Inskrivna år', 'Personer', 'Fick arbete', 'Median dagar till arbete'],
      rows: statistics.survival.map((s) => [
        s.cohort,
        s.observations === null ? SUPPRESSED : s.observations,
        s.observations === null ? SUPPRESSED : s.events,
        s.medianDays,
      ]),
    },
    {
      title: 'Rekryteringsbehov',
      header: ['Månad', 'Registrerade', 'Tillsatta'],
      rows: statistics.needs.byMonth.map((m) => [m.month, m.opened, m.filled]),
    },
    {
      title: 'Mål',
      header: ['Enhet', 'Nyckeltal', 'Mål', 'Senaste värde', 'Ändrat', 'Av', 'Från', 'Till', 'Varför'],
      rows: goals.flatMap((g) =>
        g.history.map((h) => [
          g.unit.name,
          `${g.kpiId} ${g.kpiName}`,
          `${g.direction === 'at_least' ? 'minst' : 'högst'} ${nf.format(g.target)}`,
          g.progress.at(-1)?.value ?? null,
          h.at.slice(0, 10),
          h.by,
          h.fromTarget,
          h.toTarget,
          h.reason,
        ]),
      ),
    },
  ];
}

function koladaTable(report: KoladaReportView): Table {
  return {
    title: `Kolada ${report.year}`,
    header: ['Nyckeltal', 'Namn', 'Totalt', 'Kvinnor', 'Män', 'Täljare', 'Nämnare'],
    rows: report.kpis.map((k) => [
      k.id,
      k.name,
      k.value,
      k.byGender?.K.value ?? null,
      k.byGender?.M.value ?? null,
      k.numerator,
      k.denominator,
    ]),
  };
}

/** The workbook: one sheet per table, the scope and year on top of each. */
export function statisticsWorkbook(input: ExportInput): Promise<Buffer> {
  return writeWorkbook(input.report, exportTables(input));
}

/** The Kolada report alone as a workbook (`arbetsbro kolada report --format xlsx`). */
export function koladaWorkbook(report: KoladaReportView): Promise<Buffer> {
  return writeWorkbook(report, [koladaTable(report)]);
}

async function writeWorkbook(report: KoladaReportView, tables: Table[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Arbetsbro';
  const used = new Set<string>();
  for (const table of tables) {
    // Sheet names: at most 31 characters, unique, none of : \ / ? * [ ].
    let name = table.title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
    while (used.has(name)) name = `${name.slice(0, 28)} ${used.size}`;
    used.add(name);
    const sheet = workbook.addWorksheet(name);
    sheet.addRow([`${scopeName(report)} – ${table.title}`]).font = { bold: true };
    sheet.addRow([
      `År ${report.year}${report.preliminary ? ' (preliminärt)' : ''}. Grupper med färre än 5 personer visas inte.`,
    ]);
    sheet.addRow([]);
    sheet.addRow(table.header).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((v) => v ?? ''));
    sheet.columns.forEach((column, i) => {
      column.width = Math.min(
        60,
        Math.max(
          10,
          ...table.rows.map((r) => String(r[i] ?? '').length + 2),
          (table.header[i] ?? '').length + 2,
        ),
      );
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The Kolada report as CSV for people: semicolon-separated with decimal comma and a UTF-8 BOM, as
 * Excel in Swedish opens it; one line per KPI (T, K, M). The JSON format is for machines.
 */
export function koladaCsv(report: KoladaReportView): string {
  const rows = report.kpis.map((k) => [
    k.id,
    k.name,
    fmtCsv(k.value),
    fmtCsv(k.byGender?.K.value ?? null),
    fmtCsv(k.byGender?.M.value ?? null),
  ]);
  return `\uFEFF${stringify([['kpi', 'namn', 'T', 'K', 'M'], ...rows], { delimiter: ';', record_delimiter: '\r\n' })}`;
}
const fmtCsv = (v: number | null) => (v === null ? '' : String(v).replace('.', ','));

// --- PDF

const require = createRequire(import.meta.url);
interface PdfMake {
  setFonts(f: object): void;
  setUrlAccessPolicy(f: (url: string) => boolean): void;
  setLocalAccessPolicy(f: (path: string) => boolean): void;
  createPdf(doc: object): { getBuffer(): Promise<Buffer> };
}
let pdfmake: PdfMake | null = null;

function pdf() {
  if (pdfmake) return pdfmake;
  const lib = require('pdfmake') as PdfMake;
  // Roboto ships with pdfmake and has å, ä, ö; nothing is fetched or read outside its folder.
  const fonts = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  lib.setFonts({
    Roboto: {
      normal: join(fonts, 'Roboto-Regular.ttf'),
      bold: join(fonts, 'Roboto-Medium.ttf'),
      italics: join(fonts, 'Roboto-Italic.ttf'),
      bolditalics: join(fonts, 'Roboto-MediumItalic.ttf'),
    },
  });
  lib.setUrlAccessPolicy(() => false);
  lib.setLocalAccessPolicy((path) => path.startsWith(fonts));
  pdfmake = lib;
  return lib;
}

const escapeXml = (s: string) =>
  s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** A simple bar chart as SVG for the PDF (the web app draws its charts with recharts). */
function barChartSvg(bars: Array<{ label: string; value: number | null }>, max: number, suffix = ''): string {
  const width = 500;
  const height = 160;
  const barWidth = Math.max(8, Math.floor((width - 20) / Math.max(1, bars.length)) - 6);
  const parts = bars.map((b, i) => {
    const x = 10 + i * (barWidth + 6);
    const h = b.value === null || max === 0 ? 0 : Math.round((b.value / max) * (height - 40));
    return `<rect x="${x}" y="${height - 20 - h}" width="${barWidth}" height="${h}" fill="#1d4f91"/>
<text x="${x + barWidth / 2}" y="${height - 6}" font-size="8" text-anchor="middle" fill="#222">${escapeXml(b.label)}</text>
<text x="${x + barWidth / 2}" y="${height - 24 - h}" font-size="8" text-anchor="middle" fill="#222">${b.value === null ? '' : escapeXml(`${nf.format(b.value)}${suffix}`)}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}

export interface ComparisonFigure {
  name: string;
  value: number | null;
  /** "Kolada, 2025" or "Arbetsbro, 2026 (preliminärt)". */
  source: string;
}

/** The board's PDF: the municipality's name, the yearly KPIs, charts with their tables, goals and the comparison. */
export async function boardReportPdf(
  input: ExportInput & { comparison: ComparisonFigure[] },
): Promise<Buffer> {
  const { report, statistics } = input;
  const tables = exportTables(input);
  const tableNode = (t: Table) => ({
    table: {
      headerRows: 1,
      body: [
        t.header.map((h) => ({ text: h, bold: true })),
        ...t.rows.map((r) => r.map((v) => (typeof v === 'number' ? nf.format(v) : (v ?? '–')))),
      ],
    },
    layout: 'lightHorizontalLines',
    fontSize: 8,
    margin: [0, 4, 0, 12],
  });
  const heading = (text: string) => ({ text, style: 'h2' });
  const [kolada, months, ...rest] = tables;
  const monthly = statistics.monthly;
  const content: object[] = [
    { text: scopeName(report), style: 'h1' },
    {
      text: `Resultat för arbetsmarknadsverksamheten ${report.year}${report.preliminary ? ' (preliminärt)' : ''}`,
      style: 'subtitle',
    },
    {
      text: `Börjat arbeta eller studera (U40455): ${fmt(report.kpis.find((k) => k.id === 'U40455')?.value, 'percent')} av ${report.exits.total} avslut. Deltagare under året: ${report.participants}.`,
      margin: [0, 0, 0, 10],
    },
    heading('Jämförelse'),
    {
      table: {
        headerRows: 1,
        body: [
          [
            { text: 'Jämförs med', bold: true },
            { text: 'Börjat arbeta eller studera', bold: true },
            { text: 'Källa och år', bold: true },
          ],
          ...input.comparison.map((c) => [c.name, fmt(c.value, 'percent'), c.source]),
        ],
      },
      layout: 'lightHorizontalLines',
      fontSize: 9,
      margin: [0, 4, 0, 12],
    },
    heading('Andel till arbete eller studier per månad (hittills i år)'),
    {
      svg: barChartSvg(
        monthly.map((m) => ({ label: m.month.slice(5), value: m.cumulativeShare })),
        100,
        ' %',
      ),
      width: 500,
    },
    tableNode(months!),
    heading('Avslut per kategori'),
    {
      svg: barChartSvg(
        (['A', 'B', 'C', 'D', 'E'] as const).map((c) => ({ label: c, value: report.exits.byCategory[c] })),
        Math.max(1, ...Object.values(report.exits.byCategory)),
      ),
      width: 500,
    },
    heading('Koladas nyckeltal'),
    tableNode(kolada!),
    ...rest.flatMap((t) => [heading(t.title), tableNode(t)]),
    {
      text: 'Källa: Arbetsbro (enhetens egna uppgifter) och Kolada. Grupper med färre än 5 personer visas inte.',
      fontSize: 8,
      margin: [0, 12, 0, 0],
    },
  ];
  return pdf()
    .createPdf({
      info: { title: `${scopeName(report)} – resultat ${report.year}`, creator: 'Arbetsbro' },
      pageSize: 'A4',
      pageMargins: [40, 50, 40, 50],
      footer: (page: number, pages: number) => ({
        text: `${scopeName(report)} · sida ${page} av ${pages}`,
        alignment: 'center',
        fontSize: 8,
      }),
      content,
      styles: {
        h1: { fontSize: 18, bold: true },
        h2: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
        subtitle: { fontSize: 11, margin: [0, 2, 0, 8] },
      },
      defaultStyle: { font: 'Roboto', fontSize: 10 },
    })
    .getBuffer();
}
