import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { formatDay } from '../../app/format';
import { isDateEntryValue } from '../../app/dateEntry';
import { useI18n } from '../../app/i18n';
import { DateEntry } from '../../components/DateEntry';
import { Banner } from '../../components/Banner';
import { graphql } from '../../gql';
import { useAdminAction } from './useAdminAction';

const AdminOfficialsQuery = graphql(`
  query AdminOfficials {
    officials {
      id
      fullName
      position
      leftOn
      division {
        code
        nameTh
        nameEn
      }
      user {
        id
        username
      }
    }
    divisions {
      code
      nameTh
      nameEn
    }
  }
`);

const CreateOfficialMutation = graphql(`
  mutation AdminCreateOfficial($input: CreateOfficialInput!) {
    createOfficial(input: $input) {
      official {
        id
      }
    }
  }
`);

const UpdateOfficialMutation = graphql(`
  mutation AdminUpdateOfficial($input: UpdateOfficialInput!) {
    updateOfficial(input: $input) {
      official {
        id
      }
    }
  }
`);

/** The officials complaints may name (R6: an accused is matched against them): positions, divisions, leaving. */
export function OfficialsSection() {
  const { t, lang } = useI18n();
  const o = t.admin.officials;
  const { data, error, refetch } = useQuery(AdminOfficialsQuery);
  const [createOfficial] = useMutation(CreateOfficialMutation);
  const [updateOfficial] = useMutation(UpdateOfficialMutation);
  const { run, refuse, changed, aria, problem, pending, message } = useAdminAction(['leftOn']);
  const [editing, setEditing] = useState<string>();

  if (error) return <Banner tone="error" title={t.common.failed} />;
  if (!data) return <Banner title={t.common.loading} />;
  const name = (item: { nameTh: string; nameEn: string }) => (lang === 'en' ? item.nameEn : item.nameTh);

  async function handleCreate(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const input = {
      fullName: String(form.get('fullName')).trim(),
      position: String(form.get('position')).trim(),
      divisionCode: String(form.get('divisionCode')),
    };
    if (await run(() => createOfficial({ variables: { input } }))) {
      formElement.reset();
      await refetch();
    }
  }

  async function handleUpdate(event: SubmitEvent<HTMLFormElement>, id: string) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      id,
      fullName: String(form.get('fullName')).trim(),
      position: String(form.get('position')).trim(),
      divisionCode: String(form.get('divisionCode')),
      leftOn: String(form.get('leftOn')) || null,
    };
    // Issue 14, item 7: the day typed in the B.E., checked before it is sent.
    if (input.leftOn && !isDateEntryValue(input.leftOn, 'date') && refuse({ leftOn: t.dateEntry.dateFormat(o.leftOn) })) return;
    if (await run(() => updateOfficial({ variables: { input } }))) {
      setEditing(undefined);
      await refetch();
    }
  }

  const divisionSelect = (id: string, value?: string) => (
    <div className="field">
      <label htmlFor={id}>{o.division}</label>
      <select id={id} name="divisionCode" defaultValue={value} required>
        {data.divisions.map((division) => (
          <option key={division.code} value={division.code}>
            {name(division)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div>
      <form className="admin__form" onSubmit={handleCreate}>
        <div className="field">
          <label htmlFor="official-name-new">{o.fullName}</label>
          <input id="official-name-new" name="fullName" required maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="official-position-new">{o.position}</label>
          <input id="official-position-new" name="position" required maxLength={200} />
        </div>
        {divisionSelect('official-division-new')}
        <div className="button-row">
          <button className="button button--primary" type="submit" disabled={pending}>
            {o.create}
          </button>
        </div>
      </form>
      {message}
      <div className="admin__scroll">
        <table className="table">
          <thead>
            <tr>
              <th>{o.fullName}</th>
              <th>{o.position}</th>
              <th>{o.division}</th>
              <th>{o.leftOn}</th>
              <th>{o.account}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data.officials.map((official) =>
              editing === official.id ? (
                <tr key={official.id}>
                  <td colSpan={6}>
                    <form className="admin__form" onSubmit={(event) => void handleUpdate(event, official.id)} onChange={changed}>
                      <div className="field">
                        <label htmlFor={`official-name-${official.id}`}>{o.fullName}</label>
                        <input id={`official-name-${official.id}`} name="fullName" required defaultValue={official.fullName} />
                      </div>
                      <div className="field">
                        <label htmlFor={`official-position-${official.id}`}>{o.position}</label>
                        <input id={`official-position-${official.id}`} name="position" required defaultValue={official.position} />
                      </div>
                      {divisionSelect(`official-division-${official.id}`, official.division.code)}
                      <div className="field">
                        <label htmlFor={`official-left-${official.id}`}>{o.leftOn}</label>
                        <DateEntry
                          id={`official-left-${official.id}`}
                          name="leftOn"
                          label={o.leftOn}
                          mode="date"
                          defaultValue={official.leftOn ?? ''}
                          {...aria('leftOn', `official-left-${official.id}`)}
                        />
                        {problem('leftOn', `official-left-${official.id}`)}
                      </div>
                      <div className="button-row">
                        <button className="button button--primary" type="submit" disabled={pending}>
                          {t.admin.save}
                        </button>
                        <button className="button" type="button" onClick={() => setEditing(undefined)}>
                          {t.admin.cancel}
                        </button>
                      </div>
                    </form>
                  </td>
                </tr>
              ) : (
                <tr key={official.id}>
                  <td>{official.fullName}</td>
                  <td>{official.position}</td>
                  <td>{name(official.division)}</td>
                  <td>{official.leftOn ? o.left(formatDay(official.leftOn, lang)) : o.serving}</td>
                  <td>{official.user?.username ?? t.admin.none}</td>
                  <td>
                    <button className="button button--small" type="button" onClick={() => setEditing(official.id)}>
                      {t.admin.edit}
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
