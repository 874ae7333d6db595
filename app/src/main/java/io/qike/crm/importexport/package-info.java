/**
 * Import and export (导入导出): xlsx templates in the user's language, background import jobs that
 * check every row before writing any (all or nothing) or import the good rows and skip the bad
 * (partial), with progress and an error report (the user's own workbook with the bad cells marked), and
 * exports of the current customer or contact list within the user's data scope.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Import and export")
package io.qike.crm.importexport;
