// The audit module's public surface.
export { auditJsonLine, auditJsonLines, exportAuditJsonLines, refusalsOf, type AuditExportOptions } from './audit-log.js';
