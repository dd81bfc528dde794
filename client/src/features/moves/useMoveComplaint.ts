import { officeTimeToInstant, type DialogKind, type MoveValues } from './moveForm';
import { useAppointCommittee } from './useAppointCommittee';
import { useCloseComplaint } from './useCloseComplaint';
import { useDistributeComplaint } from './useDistributeComplaint';
import { useOrderComplaint } from './useOrderComplaint';
import { useRegisterComplaint } from './useRegisterComplaint';
import { useResolveComplaint } from './useResolveComplaint';
import { useSendNotice } from './useSendNotice';
import { useSubmitForOrder } from './useSubmitForOrder';

export type MoveTarget = { id: string; version: number };

/**
 * One entry point for the dialogs: turns what the clerk typed into the contract input of the
 * move's own mutation (each has its own hook), with the version the card showed.
 */
export function useMoveComplaint(): (kind: DialogKind, complaint: MoveTarget, values: MoveValues) => Promise<unknown> {
  const [register] = useRegisterComplaint();
  const [submit] = useSubmitForOrder();
  const [order] = useOrderComplaint();
  const [distribute] = useDistributeComplaint();
  const [appoint] = useAppointCommittee();
  const [resolve] = useResolveComplaint();
  const [close] = useCloseComplaint();
  const [notice] = useSendNotice();

  return (kind, complaint, values) => {
    const base = { complaintId: complaint.id, expectedVersion: complaint.version, at: officeTimeToInstant(values.at) };
    switch (kind) {
      case 'register':
        return register({ variables: { input: { ...base, registerNumber: values.registerNumber.trim() } } });
      case 'submit':
        return submit({ variables: { input: { ...base, centerRegisterNumber: values.centerRegisterNumber.trim() } } });
      case 'order':
      case 'notAccept':
        return order({
          variables: {
            input: {
              ...base,
              decision: values.decision,
              units: values.decision === 'ACCEPT' ? values.units : undefined,
              reason: values.decision === 'NOT_ACCEPT' && values.reason ? values.reason : undefined,
              note: values.note.trim() || undefined,
            },
          },
        });
      case 'distribute':
        return distribute({ variables: { input: base } });
      case 'appoint':
        return appoint({
          variables: {
            input: {
              ...base,
              orderNumber: values.orderNumber.trim(),
              members: values.members.map((member) => ({ fullName: member.fullName.trim(), role: member.role })),
            },
          },
        });
      case 'resolve':
        return resolve({
          variables: { input: { ...base, outcome: values.outcome || 'SUBSTANTIATED', findings: values.findings.trim() } },
        });
      case 'close':
        return close({ variables: { input: base } });
      case 'notice':
        return notice({
          variables: { input: { ...base, kind: values.noticeKind || 'PROGRESS', method: values.noticeMethod || 'LETTER' } },
        });
    }
  };
}
