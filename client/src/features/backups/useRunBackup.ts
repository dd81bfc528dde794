import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const RunBackupMutation = graphql(`
  mutation RunBackup {
    runBackup {
      ...BackupStatusPanel_status
    }
  }
`);

/** "สำรองข้อมูลตอนนี้": the answer is the new status, which replaces the panel's in the cache. */
export function useRunBackup() {
  return useMutation(RunBackupMutation);
}
