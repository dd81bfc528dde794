import type { Named } from '../../app/i18n';
import type { NotAcceptedReason, NoticeKind } from '../../gql/graphql';
import { AppointCommitteeForm } from './forms/AppointCommitteeForm';
import { CloseForm } from './forms/CloseForm';
import { DistributeForm } from './forms/DistributeForm';
import { OrderForm, type Division } from './forms/OrderForm';
import { RegisterForm } from './forms/RegisterForm';
import { ResolveForm } from './forms/ResolveForm';
import { SendNoticeForm } from './forms/SendNoticeForm';
import { SubmitForOrderForm } from './forms/SubmitForOrderForm';
import type { FormMoveKind } from './useMoveComplaint';
import type { MoveFormProps } from './useMoveForm';

type AnyMoveFormProps = MoveFormProps<FormMoveKind> & {
  kind: FormMoveKind;
  /** The complaint moved (a notice's letter is drafted from it). */
  complaintId: string;
  /** Division codes and names, for the commander's order (R2.2). */
  divisions: readonly Division[];
  /** R4.6: the division whose report a RESOLVE records, when it does not resolve (the server's word). */
  reportingDivision?: Named | null;
  /** The notices the stage allows (the server's workflow). */
  noticeKinds: readonly NoticeKind[];
  /** R6: the reasons the order may give. */
  notAcceptedReasons: readonly NotAcceptedReason[];
};

/** The form of the move the server names (its MoveKind): each asks exactly what its move needs. */
export function MoveForm({ kind, complaintId, divisions, reportingDivision, noticeKinds, notAcceptedReasons, ...props }: AnyMoveFormProps) {
  switch (kind) {
    case 'REGISTER':
      return <RegisterForm {...props} />;
    case 'SUBMIT_FOR_ORDER':
      return <SubmitForOrderForm {...props} />;
    case 'ORDER':
      return <OrderForm {...props} divisions={divisions} reasons={notAcceptedReasons} />;
    case 'DISTRIBUTE':
      return <DistributeForm {...props} />;
    case 'APPOINT_COMMITTEE':
      return <AppointCommitteeForm {...props} />;
    case 'RESOLVE':
      return <ResolveForm {...props} reportingDivision={reportingDivision} />;
    case 'SEND_NOTICE':
      return <SendNoticeForm {...props} kinds={noticeKinds} complaintId={complaintId} />;
    case 'CLOSE':
      return <CloseForm {...props} />;
  }
}
