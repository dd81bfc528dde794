import type { Messages } from '../../../app/messages/th';

/**
 * What a history entry adds to its kind (R4.6): whose division's report it is, or which divisions
 * had not reported when the Center resolved. Nothing for the other entries.
 */
export function eventDetail(
  data: Record<string, unknown>,
  messages: Pick<Messages['file'], 'unitReportedBy' | 'unreportedUnits' | 'importedFrom'>,
  divisionName: (code: string) => string,
): string | null {
  if (typeof data.division === 'string' && !Array.isArray(data.reports)) return messages.unitReportedBy(divisionName(data.division));
  if (Array.isArray(data.unreportedUnits) && data.unreportedUnits.length) {
    return messages.unreportedUnits(data.unreportedUnits.map((code) => divisionName(String(code))).join(', '));
  }
  // Issue 11, item 6: which file and row of a past register the complaint came from.
  if (typeof data.sha256 === 'string' && typeof data.fileName === 'string' && typeof data.row === 'number') {
    return messages.importedFrom(data.fileName, data.row);
  }
  return null;
}
