import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useI18n } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { Fact } from './Fact';

export const ComplaintPartiesFragment = graphql(`
  fragment ComplaintParties_complaint on Complaint {
    anonymous
    complainant {
      fullName
      age
      phone
      email
      address {
        houseNumber
        moo
        tambon
        amphoe
        changwat
        postcode
      }
    }
    accused {
      fullName
      position
      unit
      official {
        id
        fullName
        position
        division {
          code
          nameTh
          nameEn
        }
      }
    }
  }
`);

/** Who complained (when the caller may see it) and of whom. */
export function ComplaintParties({ complaint }: { complaint: FragmentType<typeof ComplaintPartiesFragment> }) {
  const { t, name } = useI18n();
  const f = t.file;
  const { data: c, complete } = useFragment({ fragment: ComplaintPartiesFragment, from: complaint });
  if (!complete) return null;
  const complainant = c.complainant;
  const address = complainant?.address;
  return (
    <>
      <h2>{f.complainant}</h2>
      {c.anonymous ? (
        <p>{f.anonymous}</p>
      ) : complainant ? (
        <dl className="facts">
          <Fact label={t.intake.fullName.replace(' *', '')}>{complainant.fullName}</Fact>
          <Fact label={t.intake.age}>{complainant.age}</Fact>
          <Fact label={f.address}>
            {address &&
              [
                address.houseNumber,
                address.moo && `${t.intake.moo} ${address.moo}`,
                address.tambon,
                address.amphoe,
                address.changwat,
                address.postcode,
              ]
                .filter(Boolean)
                .join(' ')}
          </Fact>
          <Fact label={t.intake.phone}>{complainant.phone}</Fact>
          <Fact label={t.intake.email}>{complainant.email}</Fact>
        </dl>
      ) : (
        <p className="muted">{f.hidden}</p>
      )}
      <h2>{f.accused}</h2>
      {c.accused.length === 0 ? (
        <p>{f.none}</p>
      ) : (
        <ul>
          {c.accused.map((a, i) => (
            <li key={i}>
              {a.official
                ? `${a.official.fullName}, ${a.official.position}, ${name(a.official.division)}`
                : [a.fullName, a.position, a.unit].filter(Boolean).join(', ')}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
