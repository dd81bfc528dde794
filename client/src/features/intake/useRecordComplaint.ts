import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const RecordComplaintMutation = graphql(`
  mutation RecordComplaint($input: RecordComplaintInput!) {
    recordComplaint(input: $input) {
      complaint {
        id
        receiptNumber
        stage
        version
        ...ComplaintCard_complaint
      }
    }
  }
`);

/** R5, R7: records the appendix form; the server gives the receipt number N/YYYY (B.E.). */
export function useRecordComplaint() {
  // The board learns of the new complaint from the live feed (complaintChanges RECORDED).
  return useMutation(RecordComplaintMutation);
}
