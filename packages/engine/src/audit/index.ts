// The audit module's public surface.
export {
  type AuditExportOptions,
  auditJsonLine,
  auditJsonLines,
  exportAuditJsonLines,
  refusalsOf,
} from './audit-log.js';
