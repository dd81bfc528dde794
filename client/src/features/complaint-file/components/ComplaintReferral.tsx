import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { hasVisibleCharacter } from '@rongrian/schema/input-rules';
import { describeError, hasErrorCode, serverMessage } from '../../../app/errors';
import { formatInstant } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { pushToast } from '../../../app/toasts';
import { graphql } from '../../../gql';
import type { ComplaintReferral_ComplaintFragment, ReferComplaintMutationMutation } from '../../../gql/graphql';

export const ComplaintReferralFragment = graphql(`
  fragment ComplaintReferral_complaint on Complaint {
    id
    version
    receiptNumber
    availableMoves
  }
`);

const ReferralTargetsQuery = graphql(`
  query ReferralTargetsQuery {
    referralTargets {
      code
      nameTh
      nameEn
      kind
    }
  }
`);

const ReferComplaintMutation = graphql(`
  mutation ReferComplaintMutation($input: ReferComplaintInput!) {
    referComplaint(input: $input) {
      complaint {
        id
        version
        availableMoves
        ...ComplaintReferralFacts_complaint
        ...BoardPage_complaint
      }
      referredTo {
        organisation {
          code
          nameTh
          nameEn
        }
        receiptNumber
        receivedAt
      }
    }
  }
`);

/** The select's value for "an agency outside this deployment": never a body code (codes are upper-case). */
const outside = '__outside__';

/**
 * Issue 13, item 4 (R6): the referral form on the complaint file, shown when the server lists REFER
 * among the moves (not accepted as another agency's, or resolved as REFERRED, and not sent yet).
 */
export function ComplaintReferral({ complaint }: { complaint: FragmentType<typeof ComplaintReferralFragment> }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const { data: c, complete } = useFragment({ fragment: ComplaintReferralFragment, from: complaint });
  if (!complete || (!open && !c.availableMoves.includes('REFER'))) return null;
  return (
    <>
      <section className="button-row complaint-file__referral" aria-label={t.referral.open}>
        <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
          {t.referral.open}
        </button>
      </section>
      {open && <ReferralDialog complaint={c} onClose={() => setOpen(false)} />}
    </>
  );
}

type Sent = ReferComplaintMutationMutation['referComplaint'];

function ReferralDialog({ complaint: c, onClose }: { complaint: ComplaintReferral_ComplaintFragment; onClose: () => void }) {
  const { t, lang, name } = useI18n();
  const k = t.referral;
  const dialogRef = useRef<HTMLDivElement>(null);
  const targets = useQuery(ReferralTargetsQuery).data?.referralTargets ?? [];
  const [mutate] = useMutation(ReferComplaintMutation, { refetchQueries: ['ComplaintFilePageQuery'] });
  const [target, setTarget] = useState('');
  const [agencyName, setAgencyName] = useState('');
  const [letterNumber, setLetterNumber] = useState('');
  const [shareIdentity, setShareIdentity] = useState(false);
  const [refusal, setRefusal] = useState<string>();
  const [pending, setPending] = useState(false);
  const [sent, setSent] = useState<{ result: Sent; agency: string }>();

  useEffect(() => {
    dialogRef.current?.querySelector<HTMLElement>('select')?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!target) return setRefusal(k.targetRequired);
    if (target === outside && !hasVisibleCharacter(agencyName)) return setRefusal(k.outsideRequired);
    const toOrganisationCode = target === outside ? agencyName.trim() : target;
    setPending(true);
    setRefusal(undefined);
    try {
      const { data } = await mutate({
        variables: {
          input: {
            complaintId: c.id,
            expectedVersion: c.version!,
            toOrganisationCode,
            // Omitted: the next number of the body's outgoing register (contract, referComplaint).
            letterNumber: hasVisibleCharacter(letterNumber) ? letterNumber.trim() : null,
            shareIdentity,
          },
        },
      });
      const body = targets.find((b) => b.code === toOrganisationCode);
      setSent({ result: data!.referComplaint, agency: body ? name(body) : toOrganisationCode });
      pushToast('success', k.done(c.receiptNumber ?? ''));
    } catch (error) {
      if (hasErrorCode(error, 'CONFLICT')) {
        pushToast('warning', t.move.conflict(c.receiptNumber ?? ''));
        onClose();
      } else if (hasErrorCode(error, 'BAD_USER_INPUT') || hasErrorCode(error, 'INVALID_TRANSITION') || hasErrorCode(error, 'FORBIDDEN')) {
        setRefusal(serverMessage(error, lang) ?? t.common.failed);
      } else {
        setRefusal(describeError(error, t.common));
      }
    } finally {
      setPending(false);
    }
  }

  const arrived = sent?.result.referredTo;
  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="refer-title" ref={dialogRef}>
        <h2 id="refer-title">
          {sent ? k.arrivedTitle : k.title}{' '}
          <span className="dialog__subtitle">
            {t.card.receiptNumber} {c.receiptNumber}
          </span>
        </h2>
        {sent ? (
          <>
            <p role="status" data-testid="referral-result">
              {arrived
                ? k.arrived(
                    arrived.organisation ? name(arrived.organisation) : sent.agency,
                    arrived.receiptNumber,
                    formatInstant(arrived.receivedAt, lang),
                  )
                : k.sentOutside(sent.agency)}
            </p>
            <div className="dialog__actions">
              <button type="button" className="button button--primary" onClick={onClose}>
                {t.common.close}
              </button>
            </div>
          </>
        ) : (
          <>
            <p className="field__hint">{k.intro}</p>
            <form className="form" onSubmit={submit} noValidate>
              <div className="field">
                <label htmlFor="refer-target">{k.target}</label>
                <select id="refer-target" name="target" value={target} onChange={(e) => setTarget(e.target.value)}>
                  <option value="">{t.move.choose}</option>
                  {targets.map((body) => (
                    <option key={body.code} value={body.code}>
                      {name(body)}
                    </option>
                  ))}
                  <option value={outside}>{k.targetOutside}</option>
                </select>
              </div>
              {target === outside && (
                <div className="field">
                  <label htmlFor="refer-agency">{k.outsideName}</label>
                  <input
                    id="refer-agency"
                    name="agency"
                    value={agencyName}
                    placeholder={k.outsidePlaceholder}
                    onChange={(e) => setAgencyName(e.target.value)}
                  />
                </div>
              )}
              <div className="field">
                <label htmlFor="refer-letter">{k.letterNumber}</label>
                <input
                  id="refer-letter"
                  name="letterNumber"
                  value={letterNumber}
                  placeholder={k.letterNumberPlaceholder}
                  onChange={(e) => setLetterNumber(e.target.value)}
                />
              </div>
              <div className="field">
                <label className="field__check">
                  <input
                    type="checkbox"
                    name="shareIdentity"
                    checked={shareIdentity}
                    onChange={(e) => setShareIdentity(e.target.checked)}
                  />{' '}
                  {k.shareIdentity}
                </label>
                <p className="field__hint">{k.shareIdentityHint}</p>
              </div>
              {refusal && (
                <p className="form__error" role="alert" data-testid="referral-refusal">
                  {refusal}
                </p>
              )}
              <div className="dialog__actions">
                <button type="button" className="button" onClick={onClose}>
                  {t.common.cancel}
                </button>
                <button type="submit" className="button button--primary" disabled={pending}>
                  {pending ? k.sending : k.submit}
                </button>
              </div>
            </form>
          </>
        )}
      </div>
    </div>
  );
}
