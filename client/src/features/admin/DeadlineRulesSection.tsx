import { useMutation, useQuery } from '@apollo/client/react';
import { type SubmitEvent } from 'react';
import { useI18n } from '../../app/i18n';
import { Banner } from '../../components/Banner';
import { graphql } from '../../gql';
import type { DeadlineUnit } from '../../gql/graphql';
import { useAdminAction } from './useAdminAction';

const AdminDeadlineRulesQuery = graphql(`
  query AdminDeadlineRules {
    deadlineRules {
      code
      nameTh
      nameEn
      manualRef
      amount
      unit
    }
  }
`);

const UpdateDeadlineRuleMutation = graphql(`
  mutation AdminUpdateDeadlineRule($input: UpdateDeadlineRuleInput!) {
    updateDeadlineRule(input: $input) {
      rule {
        code
        amount
        unit
      }
      clocksMoved
    }
  }
`);

/** The manual's time limits (R2, R7, R8), editable; open deadlines are recomputed at once on the server. */
export function DeadlineRulesSection() {
  const { t, lang } = useI18n();
  const d = t.admin.deadlines;
  const { data, error } = useQuery(AdminDeadlineRulesQuery);
  const [updateRule] = useMutation(UpdateDeadlineRuleMutation);
  const { run, pending, message } = useAdminAction();

  if (error) return <Banner tone="error" title={t.common.failed} />;
  if (!data) return <Banner title={t.common.loading} />;
  const units = Object.keys(d.units) as DeadlineUnit[];

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>, code: string) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await run(
      () =>
        updateRule({ variables: { input: { code, amount: Number(form.get('amount')), unit: String(form.get('unit')) as DeadlineUnit } } }),
      (result) => d.moved(result.data?.updateDeadlineRule.clocksMoved ?? 0),
    );
  }

  return (
    <div>
      <p className="admin__muted">{d.intro}</p>
      {message}
      {data.deadlineRules.map((rule) => (
        <form key={rule.code} className="admin__form" onSubmit={(event) => void handleSubmit(event, rule.code)}>
          <p className="admin__wide">
            <b>{lang === 'en' ? rule.nameEn : rule.nameTh}</b> <span className="admin__muted">({rule.manualRef})</span>
          </p>
          <div className="field">
            <label htmlFor={`rule-amount-${rule.code}`}>{d.amount}</label>
            <input id={`rule-amount-${rule.code}`} name="amount" type="number" min={1} max={365} required defaultValue={rule.amount} />
          </div>
          <div className="field">
            <label htmlFor={`rule-unit-${rule.code}`}>{d.unit}</label>
            <select id={`rule-unit-${rule.code}`} name="unit" defaultValue={rule.unit}>
              {units.map((unit) => (
                <option key={unit} value={unit}>
                  {d.units[unit]}
                </option>
              ))}
            </select>
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
