import { sql } from '../../db/sql.js';
import type { MoveEffects } from './move-effects.js';
import type { Move, PlannedMove } from './workflow.js';

/**
 * R4.3, R4.5, R4.6: a division's report and the resolution. The last of several reports resolves
 * the complaint on the outcome of them all, its findings those of each division under its name;
 * the Center's resolution names the divisions that had not reported.
 */
export function resolutionEffects(
  move: Extract<Move, { kind: 'RESOLVE' }>,
  plan: PlannedMove,
  reporter: { id: string },
  at: Date,
  divisionName: (code: string) => string,
): MoveEffects {
  const findings = move.findings.trim();
  const report = plan.unitReport;
  const ctes = report
    ? [
        sql`unit_report as (insert into unit_report (complaint_id, division_code, outcome, findings, at, reported_by_id)
                            select moved.id, ${report.divisionCode}, ${report.outcome}, ${findings}, ${at}, ${reporter.id}::uuid
                              from moved)`,
      ]
    : [];
  const resolution = plan.resolution;
  if (!resolution) return { columns: {}, data: { division: report!.divisionCode, outcome: move.outcome, findings }, ctes };

  const resolvedFindings = resolution.reports.length
    ? resolution.reports.map((each) => `${divisionName(each.divisionCode)}: ${each.findings.trim()}`).join('\n\n')
    : findings;
  const data: Record<string, unknown> = { outcome: resolution.outcome, findings: resolvedFindings };
  if (report) {
    data.division = report.divisionCode;
    data.reports = resolution.reports.map((each) => ({ division: each.divisionCode, outcome: each.outcome }));
  }
  if (resolution.unreportedUnitCodes.length) data.unreportedUnits = resolution.unreportedUnitCodes;
  return { columns: { outcome: resolution.outcome, findings: resolvedFindings }, data, ctes };
}
