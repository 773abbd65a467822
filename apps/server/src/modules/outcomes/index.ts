// Outcomes: the yearly Kolada report, the Statistik page, goals and the board's exports.
export { buildKoladaReport, type KoladaReportView } from './build-kolada-report.ts';
export { koladaValues } from './kolada-report.presenter.ts';
export { statisticsRoutes } from './outcomes.routes.ts';
export { koladaCsv, koladaWorkbook, statisticsWorkbook } from './outcomes-export.ts';
