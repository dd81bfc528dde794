import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../shared/exceljs.js';
import { badInput } from '../shared/domain-error.js';

/** Issue 11, item 6: files of at most this size are read (the upload route refuses larger ones). */
export const registerFileMaxBytes = 10 * 1024 * 1024;

/** A CSV cell the register export quoted so that a spreadsheet shows it as text (register-export.ts, csvCell). */
const quotedFormula = /^'(?=[=+\-@\t\r])/;

function fromExcel(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // Excel keeps a date as the wall-clock time it shows, which exceljs hands over as UTC.
    const iso = value.toISOString();
    const time = iso.slice(11, 16);
    return time === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return fromExcel(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const workbook = new (await loadExcelJS()).Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw badInput('file', 'เปิดแฟ้ม Excel ไม่ได้ แฟ้มอาจเสียหาย', 'The Excel file cannot be read; it may be damaged');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = fromExcel(cell.value);
    });
    table[rowNumber - 1] = Array.from(cells, (cell) => cell ?? '');
  });
  return Array.from(table, (row) => row ?? []);
}

/** UTF-8 (with or without a byte-order mark), else the Thai Windows code page older Excel writes. */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-874').decode(bytes);
  }
}

function readCsv(bytes: Buffer): string[][] {
  try {
    const records = parse(decodeText(bytes), { relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
    return records.map((record) => record.map((cell) => cell.replace(quotedFormula, '')));
  } catch (error) {
    throw badInput(
      'file',
      `อ่านแฟ้ม CSV ไม่ได้ (${(error as Error).message.slice(0, 200)})`,
      `The CSV file cannot be read: ${(error as Error).message.slice(0, 200)}`,
    );
  }
}

/**
 * The cells of a register file, row by row as a spreadsheet numbers them (row 1 is index 0): an
 * Excel workbook (its first sheet) when the bytes are a zip, else CSV.
 */
export async function readRegisterFile(bytes: Buffer): Promise<string[][]> {
  if (bytes.length === 0) throw badInput('file', 'แฟ้มว่างเปล่า', 'The file is empty');
  if (bytes.length > registerFileMaxBytes) {
    throw badInput('file', 'แฟ้มใหญ่เกิน 10 เมกะไบต์ แบ่งเป็นหลายแฟ้ม', 'The file is over 10 MB; split it into several files');
  }
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  return isZip ? readXlsx(bytes) : readCsv(bytes);
}
