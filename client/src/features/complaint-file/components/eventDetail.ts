import type { Messages } from '../../../app/messages/th';

/**
 * What a history entry adds to its kind (R4.6): whose division's report it is, or which divisions
 * had not reported when the Center resolved. Nothing for the other entries.
 */
export function eventDetail(
  data: Record<string, unknown>,
  messages: Pick<Messages['file'], 'unitReportedBy' | 'unreportedUnits'>,
  divisionName: (code: string) => string,
): string | null {
  if (typeof data.division === 'string' && !Array.isArray(data.reports)) return messages.unitReportedBy(divisionName(data.division));
  if (Array.isArray(data.unreportedUnits) && data.unreportedUnits.length) {
    return messages.unreportedUnits(data.unreportedUnits.map((code) => divisionName(String(code))).join(', '));
  }
  return null;
}
