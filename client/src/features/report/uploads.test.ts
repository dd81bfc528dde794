import { describe, expect, it } from 'vitest';
import { trackingUrl } from './ReportReceipt';
import { fileProblem, formatBytes, maxFileBytes, refusalText } from './uploads';

describe('evidence files in the browser (contract: at most 5 files, 20 MiB each)', () => {
  it('refuses a sixth file and one over 20 MiB before sending anything', () => {
    expect(fileProblem({ size: 1 }, 4)).toBeUndefined();
    expect(fileProblem({ size: 1 }, 5)).toBe('tooMany');
    expect(fileProblem({ size: maxFileBytes }, 0)).toBeUndefined();
    expect(fileProblem({ size: maxFileBytes + 1 }, 0)).toBe('tooLarge');
  });

  it("shows the server's refusal in the reader's language, else its Thai-first message", () => {
    const both = {
      error: {
        code: 'BAD_USER_INPUT',
        message: 'ไฟล์ไม่ใช่ชนิดที่รับ — Not a type accepted',
        messageTh: 'ไฟล์ไม่ใช่ชนิดที่รับ',
        messageEn: 'Not a type accepted',
      },
    };
    expect(refusalText(both, 'th')).toBe('ไฟล์ไม่ใช่ชนิดที่รับ');
    expect(refusalText(both, 'en')).toBe('Not a type accepted');
    expect(refusalText({ error: { code: 'X', message: 'ใหญ่เกิน — too large' } }, 'en')).toBe('ใหญ่เกิน — too large');
    expect(refusalText('<html>not found</html>', 'th')).toBeUndefined();
  });

  it('formats sizes as a person reads them', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(20 * 1024 * 1024, 'en')).toBe('20 MB');
  });
});

describe('the receipt QR code (contract: the code only in the URL fragment)', () => {
  it('opens /track with the code after #, never in the path or query', () => {
    const url = new URL(trackingUrl('https://kokyae.go.th', 'W98S-VPWW-NEPG-FSQ6-XE9P-QSG2'));
    expect(url.pathname).toBe('/track');
    expect(url.search).toBe('');
    expect(url.hash).toBe('#W98S-VPWW-NEPG-FSQ6-XE9P-QSG2');
  });
});
