import type { Lang } from '../../app/i18n';
import type { OrganisationKind, Role } from '../../gql/graphql';

// The pure pieces of the overseer's page (issue 13, item 3): who it is for, the bodies below in
// the order of their tree, the fiscal years offered, and deadline compliance as one share per body.

/** Issue 13, item 3: OVERSEER reads the figures of the bodies below; it may not read the board. */
export function isOverseer(roles: readonly Role[]): boolean {
  return roles.includes('OVERSEER');
}

/** A user whose every role is OVERSEER: no board, no register, no complaint (contract, "Many bodies"). */
export function isOverseerOnly(roles: readonly Role[]): boolean {
  return roles.length > 0 && roles.every((role) => role === 'OVERSEER');
}

export type Body = {
  code: string;
  nameTh: string;
  nameEn: string;
  kind: OrganisationKind;
  parent?: { code: string } | null;
};

export type BodyRow<B extends Body = Body> = { body: B; depth: number };

/**
 * The bodies below `ownCode`, each under its parent (depth 0 is a body right below the own one),
 * siblings by Thai name; the own body itself is not a row (the total row stands for it). A body
 * whose parent is not listed is put right below the own body rather than lost.
 */
export function bodiesBelow<B extends Body>(bodies: readonly B[], ownCode: string): BodyRow<B>[] {
  const codes = new Set(bodies.map((body) => body.code));
  const children = new Map<string, B[]>();
  for (const body of bodies) {
    if (body.code === ownCode) continue;
    const parent = body.parent?.code && codes.has(body.parent.code) ? body.parent.code : ownCode;
    children.set(parent, [...(children.get(parent) ?? []), body]);
  }
  const rows: BodyRow<B>[] = [];
  const seen = new Set<string>([ownCode]);
  const visit = (code: string, depth: number) => {
    const below = [...(children.get(code) ?? [])].sort((a, b) => a.nameTh.localeCompare(b.nameTh, 'th'));
    for (const body of below) {
      if (seen.has(body.code)) continue;
      seen.add(body.code);
      rows.push({ body, depth });
      visit(body.code, depth + 1);
    }
  };
  visit(ownCode, 0);
  return rows;
}

/** The fiscal years offered (B.E.): this one first, then the four before it. */
export function fiscalYearsFrom(current: number, count = 5): number[] {
  return Array.from({ length: count }, (_, back) => current - back);
}

export type RuleFigures = { met: number; metLate: number; overdue: number; pending: number; cancelled: number };

/**
 * Deadline compliance of a body (issue 13, item 3): met on time / (met + met late + overdue) over
 * every rule (R10); null when no deadline came due in the period (no share to show).
 */
export function compliancePercent(rows: readonly Pick<RuleFigures, 'met' | 'metLate' | 'overdue'>[]): number | null {
  let met = 0;
  let due = 0;
  for (const row of rows) {
    met += row.met;
    due += row.met + row.metLate + row.overdue;
  }
  return due === 0 ? null : Math.round((met / due) * 100);
}

const numberFormats: Record<Lang, Intl.NumberFormat> = {
  th: new Intl.NumberFormat('th-TH'),
  en: new Intl.NumberFormat('en-GB'),
};

/** A count in the reader's format (Thai: 1,234). */
export function formatCount(value: number, lang: Lang): string {
  return numberFormats[lang].format(value);
}
