import { useMutation, useQuery } from '@apollo/client/react';
import { type SubmitEvent } from 'react';
import { useI18n } from '../../app/i18n';
import { Banner } from '../../components/Banner';
import { graphql } from '../../gql';
import { useAdminAction } from './useAdminAction';

const AdminDivisionsQuery = graphql(`
  query AdminDivisions {
    divisions {
      code
      nameTh
      nameEn
    }
  }
`);

const CreateDivisionMutation = graphql(`
  mutation AdminCreateDivision($input: DivisionInput!) {
    createDivision(input: $input) {
      code
      nameTh
      nameEn
    }
  }
`);

const UpdateDivisionMutation = graphql(`
  mutation AdminUpdateDivision($input: DivisionInput!) {
    updateDivision(input: $input) {
      code
      nameTh
      nameEn
    }
  }
`);

const values = (form: FormData) => ({
  code: String(form.get('code')).trim().toUpperCase(),
  nameTh: String(form.get('nameTh')).trim(),
  nameEn: String(form.get('nameEn')).trim(),
});

/** The divisions (กอง/สำนัก) complaints go to: added or renamed; a code never changes once given. */
export function DivisionsSection() {
  const { t } = useI18n();
  const d = t.admin.divisions;
  const { data, error, refetch } = useQuery(AdminDivisionsQuery);
  const [createDivision] = useMutation(CreateDivisionMutation);
  const [updateDivision] = useMutation(UpdateDivisionMutation);
  const { run, pending, message } = useAdminAction();

  if (error) return <Banner tone="error" title={t.common.failed} />;
  if (!data) return <Banner title={t.common.loading} />;

  async function handleCreate(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    if (await run(() => createDivision({ variables: { input: values(new FormData(formElement)) } }))) {
      formElement.reset();
      await refetch();
    }
  }

  async function handleRename(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    await run(() => updateDivision({ variables: { input: values(new FormData(event.currentTarget)) } }));
  }

  return (
    <div>
      <form className="admin__form" onSubmit={handleCreate}>
        <div className="field">
          <label htmlFor="division-code-new">{d.code}</label>
          <input id="division-code-new" name="code" required pattern="[A-Za-z][A-Za-z0-9_]{1,39}" spellCheck={false} />
          <p className="field__hint">{d.codeHint}</p>
        </div>
        <div className="field">
          <label htmlFor="division-th-new">{d.nameTh}</label>
          <input id="division-th-new" name="nameTh" required maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="division-en-new">{d.nameEn}</label>
          <input id="division-en-new" name="nameEn" required maxLength={200} />
        </div>
        <div className="button-row">
          <button className="button button--primary" type="submit" disabled={pending}>
            {d.create}
          </button>
        </div>
      </form>
      {message}
      {data.divisions.map((division) => (
        <form key={division.code} className="admin__form" onSubmit={handleRename}>
          <input type="hidden" name="code" value={division.code} />
          <p>
            <b>{division.code}</b>
          </p>
          <div className="field">
            <label htmlFor={`division-th-${division.code}`}>{d.nameTh}</label>
            <input id={`division-th-${division.code}`} name="nameTh" required defaultValue={division.nameTh} />
          </div>
          <div className="field">
            <label htmlFor={`division-en-${division.code}`}>{d.nameEn}</label>
            <input id={`division-en-${division.code}`} name="nameEn" required defaultValue={division.nameEn} />
          </div>
          <div>
            <button className="button button--small" type="submit" disabled={pending}>
              {t.admin.save}
            </button>
          </div>
        </form>
      ))}
    </div>
  );
}
