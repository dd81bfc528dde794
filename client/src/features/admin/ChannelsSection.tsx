import { useMutation, useQuery } from '@apollo/client/react';
import { type SubmitEvent } from 'react';
import { useI18n } from '../../app/i18n';
import { Banner } from '../../components/Banner';
import { graphql } from '../../gql';
import { useAdminAction } from './useAdminAction';

const AdminChannelsQuery = graphql(`
  query AdminChannels {
    allChannels {
      code
      nameTh
      nameEn
      inUse
      contact
    }
  }
`);

const UpdateChannelMutation = graphql(`
  mutation AdminUpdateChannel($input: UpdateChannelInput!) {
    updateChannel(input: $input) {
      code
      inUse
      contact
    }
  }
`);

/** R1: the channels the body takes complaints through, each with its contact. */
export function ChannelsSection() {
  const { t, lang } = useI18n();
  const c = t.admin.channels;
  const { data, error } = useQuery(AdminChannelsQuery);
  const [updateChannel] = useMutation(UpdateChannelMutation, { refetchQueries: ['AdminChannels'] });
  const { run, pending, message } = useAdminAction();

  if (error) return <Banner tone="error" title={t.common.failed} />;
  if (!data) return <Banner title={t.common.loading} />;

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>, code: string) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await run(() =>
      updateChannel({
        variables: { input: { code, inUse: form.get('inUse') === 'on', contact: String(form.get('contact')).trim() || null } },
      }),
    );
  }

  return (
    <div>
      <p className="admin__muted">{c.intro}</p>
      {message}
      {data.allChannels.map((channel) => (
        <form key={channel.code} className="admin__form" onSubmit={(event) => void handleSubmit(event, channel.code)}>
          <label className="admin__wide">
            <input type="checkbox" name="inUse" defaultChecked={channel.inUse} /> <b>{lang === 'en' ? channel.nameEn : channel.nameTh}</b> (
            {c.inUse})
          </label>
          <div className="field admin__wide">
            <label htmlFor={`channel-contact-${channel.code}`}>{c.contact}</label>
            <input id={`channel-contact-${channel.code}`} name="contact" maxLength={500} defaultValue={channel.contact ?? ''} />
          </div>
          <div className="button-row">
            <button className="button button--small" type="submit" disabled={pending}>
              {t.admin.save}
            </button>
          </div>
        </form>
      ))}
    </div>
  );
}
