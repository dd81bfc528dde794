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
        method
        sentAt
        letter {
          subjectTh
          paragraphsTh
          fromTh
        }
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
