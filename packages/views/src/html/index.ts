// Public API of @tdkt/views/html: the one-page HTML report of a simulate run and the population run's curves.
// A separate entry because it needs the simulator at run time; `tdkt graph` and `tdkt calendar` do not load it.

export { type CurveSeries, completionCurvesSvg, curvesSvg, levelCurvesSvg } from './curves.js';
export { type HtmlReportInput, htmlReport } from './report.js';
