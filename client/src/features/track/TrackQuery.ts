import { graphql } from '../../gql';

/** What the holder of a code may know (contract): no name of the complainant or the accused. */
export const TrackComplaintQuery = graphql(`
  query TrackComplaint($code: String!) {
    trackComplaint(code: $code) {
      receiptNumber
      receivedAt
      stage
      stageTh
      stageEn
      notices {
        kind
        sentAt
      }
      messages {
        from
        body
        at
      }
      attachments {
        fileName
        sha256
      }
    }
  }
`);

export const SendTrackingMessageMutation = graphql(`
  mutation SendTrackingMessage($input: SendTrackingMessageInput!) {
    sendTrackingMessage(input: $input) {
      ok
    }
  }
`);
