/**
 * Issue 15, item 4: exceljs (tens of MiB once loaded) is loaded with the first workbook a process
 * reads or writes, not at start.
 */
export const loadExcelJS = async () => (await import('exceljs')).default;
