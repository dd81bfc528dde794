import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { formatInstant } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { Banner } from '../../components/Banner';
import { graphql } from '../../gql';
import type { AdminUsersQuery as AdminUsers, Role } from '../../gql/graphql';
import { useAdminAction } from './useAdminAction';

const AdminUsersQuery = graphql(`
  query AdminUsers {
    users {
      id
      username
      displayName
      roles
      active
      mustChangePassword
      secondFactorEnabled
      lastSignInAt
      division {
        code
        nameTh
        nameEn
      }
      official {
        id
        fullName
      }
    }
    officials {
      id
      fullName
      position
      leftOn
      user {
        id
      }
    }
    divisions {
      code
      nameTh
      nameEn
    }
  }
`);

const CreateUserMutation = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        id
      }
      temporaryPassword
    }
  }
`);

const UpdateUserMutation = graphql(`
  mutation AdminUpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user {
        id
      }
    }
  }
`);

const ResetPasswordMutation = graphql(`
  mutation AdminResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      temporaryPassword
    }
  }
`);

const ResetSecondFactorMutation = graphql(`
  mutation AdminResetSecondFactor($input: ResetSecondFactorInput!) {
    resetSecondFactor(input: $input) {
      user {
        id
      }
    }
  }
`);

const SetUserActiveMutation = graphql(`
  mutation AdminSetUserActive($input: SetUserActiveInput!) {
    setUserActive(input: $input) {
      id
      active
    }
  }
`);

type Account = AdminUsers['users'][number];

/** Accounts: create with a temporary password shown once, roles, division, linked official, reset, disable. */
export function UsersSection() {
  const { t, lang } = useI18n();
  const u = t.admin.users;
  const { data, error, refetch } = useQuery(AdminUsersQuery);
  const [createUser] = useMutation(CreateUserMutation);
  const [updateUser] = useMutation(UpdateUserMutation);
  const [resetPassword] = useMutation(ResetPasswordMutation);
  const [setUserActive] = useMutation(SetUserActiveMutation);
  const [resetSecondFactor] = useMutation(ResetSecondFactorMutation);
  const { run, pending, message } = useAdminAction();
  const [secret, setSecret] = useState<{ username: string; password: string }>();
  const [editing, setEditing] = useState<string>();
  const [copied, setCopied] = useState(false);
  const allRoles = Object.keys(t.roles) as Role[];

  if (error) return <Banner tone="error" title={t.common.failed} />;
  if (!data) return <Banner title={t.common.loading} />;
  const name = (item: { nameTh: string; nameEn: string }) => (lang === 'en' ? item.nameEn : item.nameTh);

  function placement(form: FormData) {
    const roles = form.getAll('roles').map(String) as Role[];
    return {
      displayName: String(form.get('displayName')).trim(),
      roles,
      divisionCode: String(form.get('divisionCode')) || null,
      officialId: String(form.get('officialId')) || null,
    };
  }

  async function handleCreate(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const username = String(form.get('username')).trim();
    const input = { username, ...placement(form) };
    const result = await run(() => createUser({ variables: { input } }));
    const password = result?.data?.createUser.temporaryPassword;
    if (password) {
      setSecret({ username, password });
      setCopied(false);
      formElement.reset();
      await refetch();
    }
  }

  async function handleUpdate(event: SubmitEvent<HTMLFormElement>, account: Account) {
    event.preventDefault();
    const done = await run(() =>
      updateUser({ variables: { input: { username: account.username, ...placement(new FormData(event.currentTarget)) } } }),
    );
    if (done) {
      setEditing(undefined);
      await refetch();
    }
  }

  async function handleReset(account: Account) {
    if (!window.confirm(u.confirmReset(account.username))) return;
    const result = await run(() => resetPassword({ variables: { input: { username: account.username } } }));
    const password = result?.data?.resetPassword.temporaryPassword;
    if (password) {
      setSecret({ username: account.username, password });
      setCopied(false);
      await refetch();
    }
  }

  async function handleResetSecondFactor(account: Account) {
    if (!window.confirm(u.confirmResetSecondFactor(account.username))) return;
    await run(() => resetSecondFactor({ variables: { input: { username: account.username } } }));
    await refetch();
  }

  async function handleActive(account: Account) {
    if (account.active && !window.confirm(u.confirmDisable(account.username))) return;
    await run(() => setUserActive({ variables: { input: { username: account.username, active: !account.active } } }));
    await refetch();
  }

  const fields = (account?: Account) => (
    <>
      <div className="field">
        <label htmlFor={`user-display-${account?.id ?? 'new'}`}>{u.displayName}</label>
        <input
          id={`user-display-${account?.id ?? 'new'}`}
          name="displayName"
          required
          maxLength={200}
          defaultValue={account?.displayName}
        />
      </div>
      <fieldset className="admin__roles admin__wide">
        <legend>{u.roles}</legend>
        {allRoles.map((role) => (
          <label key={role}>
            <input type="checkbox" name="roles" value={role} defaultChecked={account?.roles.includes(role)} /> {t.roles[role]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`user-division-${account?.id ?? 'new'}`}>{u.division}</label>
        <select id={`user-division-${account?.id ?? 'new'}`} name="divisionCode" defaultValue={account?.division?.code ?? ''}>
          <option value="">{u.noDivision}</option>
          {data.divisions.map((division) => (
            <option key={division.code} value={division.code}>
              {name(division)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`user-official-${account?.id ?? 'new'}`}>{u.official}</label>
        <select id={`user-official-${account?.id ?? 'new'}`} name="officialId" defaultValue={account?.official?.id ?? ''}>
          <option value="">{u.noOfficial}</option>
          {data.officials
            .filter((official) => !official.user || official.user.id === account?.id)
            .map((official) => (
              <option key={official.id} value={official.id}>
                {official.fullName} — {official.position}
              </option>
            ))}
        </select>
        <p className="field__hint">{u.officialHint}</p>
      </div>
    </>
  );

  return (
    <div>
      {secret && (
        <Banner title={u.temporary(secret.username)}>
          <p className="admin__secret">{secret.password}</p>
          <p>{u.temporaryHint}</p>
          <button
            className="button button--small"
            type="button"
            onClick={() => void navigator.clipboard?.writeText(secret.password).then(() => setCopied(true))}
          >
            {copied ? u.copied : u.copy}
          </button>
        </Banner>
      )}
      <details>
        <summary>{u.create}</summary>
        <form className="admin__form" onSubmit={handleCreate}>
          <div className="field">
            <label htmlFor="user-username-new">{u.username}</label>
            <input
              id="user-username-new"
              name="username"
              required
              pattern="[A-Za-z0-9._\-]{3,50}"
              autoCapitalize="none"
              spellCheck={false}
            />
          </div>
          {fields()}
          <div className="button-row">
            <button className="button button--primary" type="submit" disabled={pending}>
              {u.create}
            </button>
          </div>
        </form>
      </details>
      {message}
      <div className="admin__scroll">
        <table className="table">
          <thead>
            <tr>
              <th>{u.username}</th>
              <th>{u.displayName}</th>
              <th>{u.roles}</th>
              <th>{u.division}</th>
              <th>{u.official}</th>
              <th>{u.status}</th>
              <th>{u.lastSignIn}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data.users.map((account) =>
              editing === account.id ? (
                <tr key={account.id}>
                  <td colSpan={8}>
                    <form className="admin__form" onSubmit={(event) => void handleUpdate(event, account)}>
                      <p className="admin__wide">
                        <b>{account.username}</b>
                      </p>
                      {fields(account)}
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
                <tr key={account.id}>
                  <td>{account.username}</td>
                  <td>{account.displayName}</td>
                  <td>{account.roles.map((role) => t.roles[role]).join(', ')}</td>
                  <td>{account.division ? name(account.division) : t.admin.none}</td>
                  <td>{account.official?.fullName ?? t.admin.none}</td>
                  <td>
                    {account.active ? u.active : u.disabled}
                    {account.mustChangePassword && <span className="admin__muted"> · {u.mustChange}</span>}
                    {account.secondFactorEnabled && <span className="admin__muted"> · {u.secondFactor}</span>}
                  </td>
                  <td>{account.lastSignInAt ? formatInstant(account.lastSignInAt, lang) : u.never}</td>
                  <td>
                    <div className="button-row">
                      <button className="button button--small" type="button" onClick={() => setEditing(account.id)}>
                        {t.admin.edit}
                      </button>
                      <button className="button button--small" type="button" onClick={() => void handleReset(account)} disabled={pending}>
                        {u.reset}
                      </button>
                      {account.secondFactorEnabled && (
                        <button
                          className="button button--small"
                          type="button"
                          onClick={() => void handleResetSecondFactor(account)}
                          disabled={pending}
                        >
                          {u.resetSecondFactor}
                        </button>
                      )}
                      <button className="button button--small" type="button" onClick={() => void handleActive(account)} disabled={pending}>
                        {account.active ? u.disable : u.enable}
                      </button>
                    </div>
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
