import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type ChangeEvent, type SubmitEvent } from 'react';
import { emblemMaxBytes } from '@rongrian/schema/input-rules';
import { useI18n } from '../../app/i18n';
import { Banner } from '../../components/Banner';
import { graphql } from '../../gql';
import type { SignedDocument } from '../../gql/graphql';
import { useAdminAction } from './useAdminAction';

const AdminOrganisationQuery = graphql(`
  query AdminOrganisation {
    organisation {
      code
      nameTh
      nameEn
      kind
      address
      phone
      website
      facebook
      officeCode
      fax
      email
      emblemUrl
      signers {
        document
        name
        position
        onBehalfOf
      }
    }
  }
`);

const UpdateOrganisationMutation = graphql(`
  mutation AdminUpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      code
    }
  }
`);

const SetEmblemMutation = graphql(`
  mutation AdminSetEmblem($input: SetEmblemInput!) {
    setEmblem(input: $input) {
      emblemUrl
    }
  }
`);

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** What every letter, form, slip, register and publication prints of the body: profile, signers, emblem. */
export function OrganisationSection() {
  const { t } = useI18n();
  const o = t.admin.organisation;
  const f = t.firstRun;
  const { data, error } = useQuery(AdminOrganisationQuery);
  const [updateOrganisation] = useMutation(UpdateOrganisationMutation, { refetchQueries: ['AdminOrganisation', 'PublicOrganisation'] });
  const [setEmblem] = useMutation(SetEmblemMutation, { refetchQueries: ['AdminOrganisation'] });
  const { run, pending, message } = useAdminAction();
  const [emblemVersion, setEmblemVersion] = useState(0);
  const signedDocuments = Object.keys(o.documents) as SignedDocument[];

  if (error) return <Banner tone="error" title={t.common.failed} />;
  if (!data?.organisation) return <Banner title={t.common.loading} />;
  const organisation = data.organisation;

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    const signers = signedDocuments.flatMap((document) =>
      value(`${document}.name`)
        ? [
            {
              document,
              name: value(`${document}.name`),
              position: value(`${document}.position`),
              onBehalfOf: value(`${document}.onBehalfOf`) || null,
            },
          ]
        : [],
    );
    await run(() =>
      updateOrganisation({
        variables: {
          input: {
            nameTh: value('nameTh'),
            nameEn: value('nameEn'),
            address: value('address'),
            phone: value('phone'),
            website: value('website'),
            facebook: value('facebook'),
            officeCode: value('officeCode'),
            fax: value('fax'),
            email: value('email'),
            signers,
          },
        },
      }),
    );
  }

  async function handleEmblem(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    await run(async () => {
      if (file.size > emblemMaxBytes) throw new Error(o.emblemTooLarge);
      const done = await setEmblem({ variables: { input: { dataUrl: await readAsDataUrl(file) } } });
      setEmblemVersion((version) => version + 1);
      return done;
    });
  }

  return (
    <div>
      <p className="admin__muted">{o.profile}</p>
      <div className="admin__form">
        <div className="field">
          <span>{o.emblem}</span>
          {organisation.emblemUrl && <img className="admin__emblem" src={`${organisation.emblemUrl}?v=${emblemVersion}`} alt={o.emblem} />}
          <input type="file" accept="image/png,image/jpeg" aria-label={o.emblem} onChange={(event) => void handleEmblem(event)} />
          <p className="field__hint">{o.emblemHint}</p>
          {organisation.emblemUrl && (
            <button
              className="button button--small"
              type="button"
              onClick={() => void run(() => setEmblem({ variables: { input: { dataUrl: null } } }))}
            >
              {o.removeEmblem}
            </button>
          )}
        </div>
      </div>
      <form className="admin__form" onSubmit={handleSubmit}>
        <p className="admin__wide">
          {o.code}: <b>{organisation.code}</b> · {o.kind}: {f.kinds[organisation.kind]}
        </p>
        <div className="field">
          <label htmlFor="organisation-name-th">{f.nameTh}</label>
          <input id="organisation-name-th" name="nameTh" required maxLength={200} defaultValue={organisation.nameTh} />
        </div>
        <div className="field">
          <label htmlFor="organisation-name-en">{f.nameEn}</label>
          <input id="organisation-name-en" name="nameEn" required maxLength={200} defaultValue={organisation.nameEn} />
        </div>
        <div className="field admin__wide">
          <label htmlFor="organisation-address">{f.address}</label>
          <textarea id="organisation-address" name="address" required maxLength={500} rows={2} defaultValue={organisation.address} />
        </div>
        <div className="field">
          <label htmlFor="organisation-phone">{f.phone}</label>
          <input id="organisation-phone" name="phone" required maxLength={200} defaultValue={organisation.phone} />
        </div>
        <div className="field">
          <label htmlFor="organisation-website">{f.website}</label>
          <input id="organisation-website" name="website" maxLength={300} defaultValue={organisation.website ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="organisation-facebook">{f.facebook}</label>
          <input id="organisation-facebook" name="facebook" maxLength={300} defaultValue={organisation.facebook ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="organisation-office-code">{o.officeCode}</label>
          <input id="organisation-office-code" name="officeCode" maxLength={40} defaultValue={organisation.officeCode ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="organisation-fax">{o.fax}</label>
          <input id="organisation-fax" name="fax" maxLength={200} defaultValue={organisation.fax ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="organisation-email">{o.email}</label>
          <input id="organisation-email" name="email" type="email" maxLength={200} defaultValue={organisation.email ?? ''} />
        </div>
        <h3 className="admin__wide">{o.signers}</h3>
        <p className="admin__wide admin__muted">{o.signersHint}</p>
        {signedDocuments.map((document) => {
          const signer = organisation.signers.find((one) => one.document === document);
          return (
            <fieldset key={document} className="admin__form admin__wide">
              <legend>{o.documents[document]}</legend>
              <div className="field">
                <label htmlFor={`signer-name-${document}`}>{o.signerName}</label>
                <input id={`signer-name-${document}`} name={`${document}.name`} maxLength={200} defaultValue={signer?.name ?? ''} />
              </div>
              <div className="field">
                <label htmlFor={`signer-position-${document}`}>{o.signerPosition}</label>
                <input
                  id={`signer-position-${document}`}
                  name={`${document}.position`}
                  maxLength={200}
                  defaultValue={signer?.position ?? ''}
                />
              </div>
              <div className="field">
                <label htmlFor={`signer-behalf-${document}`}>{o.onBehalfOf}</label>
                <input
                  id={`signer-behalf-${document}`}
                  name={`${document}.onBehalfOf`}
                  maxLength={200}
                  defaultValue={signer?.onBehalfOf ?? ''}
                />
              </div>
            </fieldset>
          );
        })}
        <div className="button-row">
          <button className="button button--primary" type="submit" disabled={pending}>
            {t.admin.save}
          </button>
        </div>
      </form>
      {message}
    </div>
  );
}
