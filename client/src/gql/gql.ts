/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment NextDeadlineBadge_complaint on Complaint {\n    deadlines {\n      rule {\n        code\n        nameTh\n        nameEn\n      }\n      dueAt\n      dueSoonAt\n      status\n    }\n  }\n": typeof types.NextDeadlineBadge_ComplaintFragmentDoc,
    "\n  query AdminChannels {\n    allChannels {\n      code\n      nameTh\n      nameEn\n      inUse\n      contact\n    }\n  }\n": typeof types.AdminChannelsDocument,
    "\n  mutation AdminUpdateChannel($input: UpdateChannelInput!) {\n    updateChannel(input: $input) {\n      code\n      inUse\n      contact\n    }\n  }\n": typeof types.AdminUpdateChannelDocument,
    "\n  query AdminDeadlineRules {\n    deadlineRules {\n      code\n      nameTh\n      nameEn\n      manualRef\n      amount\n      unit\n    }\n  }\n": typeof types.AdminDeadlineRulesDocument,
    "\n  mutation AdminUpdateDeadlineRule($input: UpdateDeadlineRuleInput!) {\n    updateDeadlineRule(input: $input) {\n      rule {\n        code\n        amount\n        unit\n      }\n      clocksMoved\n    }\n  }\n": typeof types.AdminUpdateDeadlineRuleDocument,
    "\n  query AdminDivisions {\n    divisions {\n      code\n      nameTh\n      nameEn\n    }\n  }\n": typeof types.AdminDivisionsDocument,
    "\n  mutation AdminCreateDivision($input: DivisionInput!) {\n    createDivision(input: $input) {\n      code\n      nameTh\n      nameEn\n    }\n  }\n": typeof types.AdminCreateDivisionDocument,
    "\n  mutation AdminUpdateDivision($input: DivisionInput!) {\n    updateDivision(input: $input) {\n      code\n      nameTh\n      nameEn\n    }\n  }\n": typeof types.AdminUpdateDivisionDocument,
    "\n  query AdminHolidays($from: String!, $to: String!) {\n    holidays(from: $from, to: $to) {\n      date\n      nameTh\n      nameEn\n    }\n    deadlineRules {\n      code\n      nameTh\n      nameEn\n    }\n  }\n": typeof types.AdminHolidaysDocument,
    "\n  mutation AdminAddHoliday($input: AddHolidayInput!) {\n    addHoliday(input: $input) {\n      clocksMoved\n    }\n  }\n": typeof types.AdminAddHolidayDocument,
    "\n  mutation AdminRemoveHoliday($input: RemoveHolidayInput!) {\n    removeHoliday(input: $input) {\n      clocksMoved\n    }\n  }\n": typeof types.AdminRemoveHolidayDocument,
    "\n  mutation ImportHolidays($input: ImportHolidaysInput!) {\n    importHolidays(input: $input) {\n      dryRun\n      added {\n        date\n        nameTh\n      }\n      alreadyThere\n      problems {\n        row\n        column\n        messageTh\n        messageEn\n      }\n      moved {\n        complaintId\n        receiptNumber\n        ruleCode\n        from\n        to\n      }\n    }\n  }\n": typeof types.ImportHolidaysDocument,
    "\n  query AdminOfficials {\n    officials {\n      id\n      fullName\n      position\n      leftOn\n      division {\n        code\n        nameTh\n        nameEn\n      }\n      user {\n        id\n        username\n      }\n    }\n    divisions {\n      code\n      nameTh\n      nameEn\n    }\n  }\n": typeof types.AdminOfficialsDocument,
    "\n  mutation AdminCreateOfficial($input: CreateOfficialInput!) {\n    createOfficial(input: $input) {\n      official {\n        id\n      }\n    }\n  }\n": typeof types.AdminCreateOfficialDocument,
    "\n  mutation AdminUpdateOfficial($input: UpdateOfficialInput!) {\n    updateOfficial(input: $input) {\n      official {\n        id\n      }\n    }\n  }\n": typeof types.AdminUpdateOfficialDocument,
    "\n  query AdminOrganisation {\n    organisation {\n      code\n      nameTh\n      nameEn\n      kind\n      address\n      phone\n      website\n      facebook\n      officeCode\n      fax\n      email\n      emblemUrl\n      signers {\n        document\n        name\n        position\n        onBehalfOf\n      }\n    }\n  }\n": typeof types.AdminOrganisationDocument,
    "\n  mutation AdminUpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      code\n    }\n  }\n": typeof types.AdminUpdateOrganisationDocument,
    "\n  mutation AdminSetEmblem($input: SetEmblemInput!) {\n    setEmblem(input: $input) {\n      emblemUrl\n    }\n  }\n": typeof types.AdminSetEmblemDocument,
    "\n  query AdminUsers {\n    users {\n      id\n      username\n      displayName\n      roles\n      active\n      mustChangePassword\n      secondFactorEnabled\n      lastSignInAt\n      division {\n        code\n        nameTh\n        nameEn\n      }\n      official {\n        id\n        fullName\n      }\n    }\n    officials {\n      id\n      fullName\n      position\n      leftOn\n      user {\n        id\n      }\n    }\n    divisions {\n      code\n      nameTh\n      nameEn\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n      }\n      temporaryPassword\n    }\n  }\n": typeof types.AdminCreateUserDocument,
    "\n  mutation AdminUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.AdminUpdateUserDocument,
    "\n  mutation AdminResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      temporaryPassword\n    }\n  }\n": typeof types.AdminResetPasswordDocument,
    "\n  mutation AdminResetSecondFactor($input: ResetSecondFactorInput!) {\n    resetSecondFactor(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.AdminResetSecondFactorDocument,
    "\n  mutation AdminSetUserActive($input: SetUserActiveInput!) {\n    setUserActive(input: $input) {\n      id\n      active\n    }\n  }\n": typeof types.AdminSetUserActiveDocument,
    "\n  query AlertSeedQuery($overdue: Boolean!) {\n    complaints(filter: { overdue: $overdue }, first: 50) {\n      edges {\n        node {\n          id\n          receiptNumber\n          subject\n          deadlines {\n            status\n            dueAt\n            dueSoonAt\n            rule {\n              code\n              nameTh\n              nameEn\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AlertSeedQueryDocument,
    "\n  subscription Alerts($since: DateTimeISO) {\n    alerts(since: $since) {\n      kind\n      at\n      replayed\n      complaint {\n        id\n        receiptNumber\n        subject\n      }\n      deadline {\n        rule {\n          code\n          nameTh\n          nameEn\n        }\n        dueAt\n        status\n      }\n    }\n  }\n": typeof types.AlertsDocument,
    "\n  fragment BackupStatusPanel_status on BackupStatus {\n    lastSucceededAt\n    lastFile\n    lastBytes\n    lastSha256\n    lastAttemptAt\n    lastError\n    keep\n    directory\n    schedule\n  }\n": typeof types.BackupStatusPanel_StatusFragmentDoc,
    "\n  query BackupStatusPanelQuery {\n    backupStatus {\n      ...BackupStatusPanel_status\n    }\n  }\n": typeof types.BackupStatusPanelQueryDocument,
    "\n  mutation RunBackup {\n    runBackup {\n      ...BackupStatusPanel_status\n    }\n  }\n": typeof types.RunBackupDocument,
    "\n  fragment BoardPage_complaint on Complaint {\n    id\n    stage\n    version\n    availableMoves\n    ...MoveDialog_complaint\n    receiptNumber\n    subject\n    channel {\n      code\n    }\n    units {\n      code\n    }\n    deadlines {\n      dueAt\n      dueSoonAt\n      status\n    }\n    ...ComplaintCard_complaint\n  }\n": typeof types.BoardPage_ComplaintFragmentDoc,
    "\n  query BoardPageQuery {\n    board {\n      fiscalYear\n      columns {\n        stage\n        total\n        complaints {\n          ...BoardPage_complaint @unmask\n        }\n      }\n    }\n    channels {\n      code\n      nameTh\n      nameEn\n    }\n    divisions {\n      code\n      nameTh\n      nameEn\n    }\n  }\n": typeof types.BoardPageQueryDocument,
    "\n  query BoardColumnMoreQuery($stage: ComplaintStage!, $after: ID!) {\n    boardColumn(stage: $stage) {\n      stage\n      total\n      complaints(after: $after) {\n        ...BoardPage_complaint @unmask\n      }\n    }\n  }\n": typeof types.BoardColumnMoreQueryDocument,
    "\n  fragment ComplaintCard_complaint on Complaint {\n    id\n    version\n    stage\n    receiptNumber\n    subject\n    receivedAt\n    channel {\n      code\n      nameTh\n      nameEn\n    }\n    units {\n      code\n      nameTh\n      nameEn\n    }\n    ...NextDeadlineBadge_complaint\n  }\n": typeof types.ComplaintCard_ComplaintFragmentDoc,
    "\n  subscription BoardChanges {\n    complaintChanges {\n      kind\n      complaintId\n      complaint {\n        id\n        ...BoardPage_complaint\n      }\n    }\n  }\n": typeof types.BoardChangesDocument,
    "\n  mutation ChangePasswordPage($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n    }\n  }\n": typeof types.ChangePasswordPageDocument,
    "\n  query ComplaintFilePageQuery($id: ID!) {\n    complaint(id: $id) {\n      stage\n      id\n      ...ComplaintFileHeader_complaint\n      ...ComplaintMoves_complaint\n      ...ComplaintCorrection_complaint\n      ...ComplaintReferral_complaint\n      ...ComplaintReferralFacts_complaint\n      ...ComplaintFacts_complaint\n      ...ComplaintUnitReports_complaint\n      ...ComplaintParties_complaint\n      ...ComplaintEvidence_complaint\n      ...ComplaintDeadlines_complaint\n      ...ComplaintCommittee_complaint\n      ...ComplaintNotices_complaint\n      ...ComplaintDocuments_complaint\n      ...ComplaintHistory_complaint\n    }\n  }\n": typeof types.ComplaintFilePageQueryDocument,
    "\n  fragment ComplaintAttachments_files on Complaint {\n    id\n    version\n    attachments {\n      id\n      fileName\n      mediaType\n      bytes\n      sha256\n      source\n    }\n  }\n": typeof types.ComplaintAttachments_FilesFragmentDoc,
    "\n  query ComplaintAttachmentsPanel($id: ID!) {\n    complaint(id: $id) {\n      ...ComplaintAttachments_files @unmask\n    }\n  }\n": typeof types.ComplaintAttachmentsPanelDocument,
    "\n  mutation AttachScans($input: AttachFilesInput!) {\n    attachFiles(input: $input) {\n      complaint {\n        ...ComplaintAttachments_files\n      }\n    }\n  }\n": typeof types.AttachScansDocument,
    "\n  fragment ComplaintCommittee_complaint on Complaint {\n    committee {\n      orderNumber\n      appointedAt\n      members {\n        fullName\n        role\n      }\n    }\n  }\n": typeof types.ComplaintCommittee_ComplaintFragmentDoc,
    "\n  query ComplaintConversationQuery($id: ID!) {\n    complaint(id: $id) {\n      id\n      version\n      channel {\n        code\n      }\n      messages {\n        from\n        body\n        at\n      }\n    }\n  }\n": typeof types.ComplaintConversationQueryDocument,
    "\n  mutation ReplyToComplainant($input: ReplyToComplainantInput!) {\n    replyToComplainant(input: $input) {\n      complaint {\n        id\n        version\n      }\n    }\n  }\n": typeof types.ReplyToComplainantDocument,
    "\n  fragment ComplaintCorrection_complaint on Complaint {\n    id\n    version\n    receiptNumber\n    availableMoves\n    subject\n    details\n    requestedAction\n    incidentPlace\n    receivedAt\n    channel {\n      code\n    }\n    complainant {\n      fullName\n      age\n      phone\n      email\n      address {\n        houseNumber\n        moo\n        tambon\n        amphoe\n        changwat\n        postcode\n      }\n    }\n    accused {\n      fullName\n      position\n      unit\n      official {\n        id\n      }\n    }\n  }\n": typeof types.ComplaintCorrection_ComplaintFragmentDoc,
    "\n  mutation CorrectComplaintMutation($input: CorrectComplaintInput!) {\n    correctComplaint(input: $input) {\n      complaint {\n        id\n        ...BoardPage_complaint\n      }\n    }\n  }\n": typeof types.CorrectComplaintMutationDocument,
    "\n  query CorrectionChannelsQuery {\n    channels {\n      code\n      nameTh\n      nameEn\n    }\n  }\n": typeof types.CorrectionChannelsQueryDocument,
    "\n  fragment ComplaintCorrections_complaint on Complaint {\n    id\n    corrections {\n      at\n      reason\n      fields\n      voided\n      actorName\n      changes {\n        field\n        before\n        after\n        hidden\n      }\n    }\n  }\n": typeof types.ComplaintCorrections_ComplaintFragmentDoc,
    "\n  fragment ComplaintDeadlines_complaint on Complaint {\n    deadlines {\n      rule {\n        code\n        nameTh\n        nameEn\n      }\n      dueAt\n      metAt\n      status\n    }\n  }\n": typeof types.ComplaintDeadlines_ComplaintFragmentDoc,
    "\n  fragment ComplaintDocuments_complaint on Complaint {\n    id\n    stage\n    committee {\n      orderNumber\n    }\n    notices {\n      id\n      kind\n      outgoingNumber\n    }\n    issuedDocuments {\n      id\n      kind\n      edition\n      number\n      issuedAt\n      issuedBy\n      htmlSha256\n      pdfSha256\n      pdfPath\n    }\n  }\n": typeof types.ComplaintDocuments_ComplaintFragmentDoc,
    "\n  fragment ComplaintEvidence_complaint on Complaint {\n    evidence {\n      description\n      copies\n    }\n  }\n": typeof types.ComplaintEvidence_ComplaintFragmentDoc,
    "\n  fragment ComplaintFacts_complaint on Complaint {\n    channel {\n      code\n      nameTh\n      nameEn\n    }\n    receivedAt\n    recordedAt\n    registerNumber\n    centerRegisterNumber\n    decision\n    units {\n      code\n      nameTh\n      nameEn\n    }\n    notAcceptedReason\n    orderNote\n    outcome\n    findings\n    details\n    requestedAction\n    incidentAt\n    incidentPlace\n  }\n": typeof types.ComplaintFacts_ComplaintFragmentDoc,
    "\n  fragment ComplaintFileHeader_complaint on Complaint {\n    id\n    receiptNumber\n    subject\n    stage\n    voided\n    voidReason\n    ...NextDeadlineBadge_complaint\n  }\n": typeof types.ComplaintFileHeader_ComplaintFragmentDoc,
    "\n  fragment ComplaintHistory_complaint on Complaint {\n    id\n    units {\n      code\n      nameTh\n      nameEn\n    }\n    events {\n      id\n      kind\n      at\n      actorName\n      data\n    }\n    ...ComplaintCorrections_complaint\n  }\n": typeof types.ComplaintHistory_ComplaintFragmentDoc,
    "\n  fragment ComplaintMoves_complaint on Complaint {\n    id\n    version\n    availableMoves\n    ...MoveDialog_complaint\n  }\n": typeof types.ComplaintMoves_ComplaintFragmentDoc,
    "\n  fragment ComplaintNotices_complaint on Complaint {\n    notices {\n      id\n      kind\n      method\n      sentAt\n    }\n  }\n": typeof types.ComplaintNotices_ComplaintFragmentDoc,
    "\n  fragment ComplaintParties_complaint on Complaint {\n    anonymous\n    complainant {\n      fullName\n      age\n      phone\n      email\n      address {\n        houseNumber\n        moo\n        tambon\n        amphoe\n        changwat\n        postcode\n      }\n    }\n    accused {\n      fullName\n      position\n      unit\n      official {\n        id\n        fullName\n        position\n        division {\n          code\n          nameTh\n          nameEn\n        }\n      }\n    }\n  }\n": typeof types.ComplaintParties_ComplaintFragmentDoc,
    "\n  fragment ComplaintReferral_complaint on Complaint {\n    id\n    version\n    receiptNumber\n    availableMoves\n  }\n": typeof types.ComplaintReferral_ComplaintFragmentDoc,
    "\n  query ReferralTargetsQuery {\n    referralTargets {\n      code\n      nameTh\n      nameEn\n      kind\n    }\n  }\n": typeof types.ReferralTargetsQueryDocument,
    "\n  mutation ReferComplaintMutation($input: ReferComplaintInput!) {\n    referComplaint(input: $input) {\n      complaint {\n        id\n        version\n        availableMoves\n        ...ComplaintReferralFacts_complaint\n        ...BoardPage_complaint\n      }\n      referredTo {\n        organisation {\n          code\n          nameTh\n          nameEn\n        }\n        receiptNumber\n        receivedAt\n      }\n    }\n  }\n": typeof types.ReferComplaintMutationDocument,
    "\n  fragment ComplaintReferralFacts_complaint on Complaint {\n    originAgency\n    originReference\n    origin {\n      organisation {\n        code\n        nameTh\n        nameEn\n      }\n      receiptNumber\n    }\n    referral {\n      toOrganisationCode\n      organisation {\n        code\n        nameTh\n        nameEn\n      }\n      letterNumber\n      shareIdentity\n      referredAt\n      receivedAs\n      receivedAt\n    }\n  }\n": typeof types.ComplaintReferralFacts_ComplaintFragmentDoc,
    "\n  fragment ComplaintUnitReports_complaint on Complaint {\n    unitReports {\n      division {\n        code\n        nameTh\n        nameEn\n      }\n      outcome\n      findings\n      at\n    }\n  }\n": typeof types.ComplaintUnitReports_ComplaintFragmentDoc,
    "\n  mutation SetUpOrganisation($input: SetUpOrganisationInput!) {\n    setUpOrganisation(input: $input) {\n      organisation {\n        code\n        nameTh\n      }\n      admin\n    }\n  }\n": typeof types.SetUpOrganisationDocument,
    "\n  query PublicOrganisation {\n    firstRunPending\n    organisation {\n      code\n      nameTh\n      nameEn\n      emblemUrl\n    }\n  }\n": typeof types.PublicOrganisationDocument,
    "\n  query AccusedMatchesQuery($accused: [AccusedInput!]!) {\n    accusedMatches(accused: $accused) {\n      accused\n      link\n      officials {\n        id\n        fullName\n        position\n      }\n    }\n  }\n": typeof types.AccusedMatchesQueryDocument,
    "\n  query IntakePageQuery {\n    channels {\n      code\n      nameTh\n      nameEn\n    }\n    officials {\n      id\n      fullName\n      position\n      division {\n        code\n        nameTh\n        nameEn\n      }\n    }\n  }\n": typeof types.IntakePageQueryDocument,
    "\n  mutation RecordComplaint($input: RecordComplaintInput!) {\n    recordComplaint(input: $input) {\n      complaint {\n        id\n        receiptNumber\n        stage\n        version\n        ...ComplaintCard_complaint\n      }\n    }\n  }\n": typeof types.RecordComplaintDocument,
    "\n  query MoveDialogQuery {\n    divisions {\n      code\n      nameTh\n      nameEn\n    }\n  }\n": typeof types.MoveDialogQueryDocument,
    "\n  fragment MoveDialog_complaint on Complaint {\n    id\n    version\n    receiptNumber\n    availableNoticeKinds\n    notAcceptedReasons\n    reportingDivision {\n      code\n      nameTh\n      nameEn\n    }\n  }\n": typeof types.MoveDialog_ComplaintFragmentDoc,
    "\n  query NoticeDraft($complaintId: ID!, $kind: NoticeKind!) {\n    noticeDraft(complaintId: $complaintId, kind: $kind) {\n      subject\n      to\n      paragraphs\n    }\n  }\n": typeof types.NoticeDraftDocument,
    "\n    mutation RegisterComplaint($input: RegisterComplaintInput!) {\n      registerComplaint(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  ": typeof types.RegisterComplaintDocument,
    "\n    mutation SubmitForOrder($input: SubmitForOrderInput!) {\n      submitForOrder(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  ": typeof types.SubmitForOrderDocument,
    "\n    mutation OrderComplaint($input: OrderComplaintInput!) {\n      orderComplaint(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  ": typeof types.OrderComplaintDocument,
    "\n    mutation DistributeComplaint($input: DistributeComplaintInput!) {\n      distributeComplaint(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  ": typeof types.DistributeComplaintDocument,
    "\n    mutation AppointCommittee($input: AppointCommitteeInput!) {\n      appointCommittee(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  ": typeof types.AppointCommitteeDocument,
    "\n    mutation ResolveComplaint($input: ResolveComplaintInput!) {\n      resolveComplaint(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  ": typeof types.ResolveComplaintDocument,
    "\n    mutation SendNotice($input: SendNoticeInput!) {\n      sendNotice(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  ": typeof types.SendNoticeDocument,
    "\n    mutation CloseComplaint($input: CloseComplaintInput!) {\n      closeComplaint(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  ": typeof types.CloseComplaintDocument,
    "\n  query OversightBodies {\n    organisation {\n      code\n      nameTh\n      nameEn\n      kind\n    }\n    organisations {\n      code\n      nameTh\n      nameEn\n      kind\n      parent {\n        code\n      }\n    }\n  }\n": typeof types.OversightBodiesDocument,
    "\n  query OversightStatistics($organisationCode: String!, $fiscalYear: Int!, $quarter: Int) {\n    organisationStatistics(organisationCode: $organisationCode, fiscalYear: $fiscalYear, quarter: $quarter) {\n      organisationCode\n      bodies\n      fiscalYear\n      quarter\n      received\n      inProgress\n      closed\n      notAccepted\n      overdue\n      deadlineCompliance {\n        rule {\n          code\n          nameTh\n          nameEn\n          manualRef\n        }\n        met\n        metLate\n        overdue\n        pending\n        cancelled\n      }\n    }\n  }\n": typeof types.OversightStatisticsDocument,
    "\n  query OverviewPageQuery($fiscalYear: Int!, $quarter: Int) {\n    organisation {\n      code\n    }\n    year: complaintStatistics(fiscalYear: $fiscalYear, quarter: $quarter) {\n      fiscalYear\n      quarter\n      received\n      inProgress\n      closed\n      notAccepted\n      fromDamrongdhama {\n        received\n        completed\n        completionRate\n      }\n      byChannel {\n        count\n        channel {\n          code\n          nameTh\n          nameEn\n        }\n      }\n      byDivision {\n        count\n        division {\n          code\n          nameTh\n          nameEn\n        }\n      }\n      byMonth {\n        month\n        received\n      }\n      deadlineCompliance {\n        rule {\n          code\n          nameTh\n          nameEn\n        }\n        met\n        metLate\n        overdue\n        pending\n        cancelled\n      }\n    }\n    board {\n      columns {\n        stage\n        complaints {\n          id\n          stage\n          receiptNumber\n          subject\n          deadlines {\n            rule {\n              code\n              nameTh\n              nameEn\n            }\n            dueAt\n            dueSoonAt\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.OverviewPageQueryDocument,
    "\n  query SubmissionChallenge {\n    submissionChallenge\n  }\n": typeof types.SubmissionChallengeDocument,
    "\n  query RegisterPageQuery($filter: ComplaintFilter, $first: Int, $after: String) {\n    complaints(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          receiptNumber\n          receivedAt\n          subject\n          stage\n          voided\n          channel {\n            code\n            nameTh\n            nameEn\n          }\n          units {\n            code\n            nameTh\n            nameEn\n          }\n          deadlines {\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.RegisterPageQueryDocument,
    "\n  query RegisterChoicesQuery {\n    channels {\n      code\n      nameTh\n      nameEn\n    }\n    divisions {\n      code\n      nameTh\n      nameEn\n    }\n  }\n": typeof types.RegisterChoicesQueryDocument,
    "\n  mutation SubmitComplaint($input: SubmitComplaintInput!) {\n    submitComplaint(input: $input) {\n      receiptNumber\n      trackingCode\n    }\n  }\n": typeof types.SubmitComplaintDocument,
    "\n  mutation BeginSecondFactorEnrolment {\n    beginSecondFactorEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n": typeof types.BeginSecondFactorEnrolmentDocument,
    "\n  mutation ConfirmSecondFactor($input: ConfirmSecondFactorInput!) {\n    confirmSecondFactor(input: $input) {\n      recoveryCodes\n    }\n  }\n": typeof types.ConfirmSecondFactorDocument,
    "\n  query SecondFactorPolicy {\n    secondFactorPolicy {\n      required\n      roles\n    }\n  }\n": typeof types.SecondFactorPolicyDocument,
    "\n  mutation SetSecondFactorRequired($required: Boolean!) {\n    setSecondFactorRequired(required: $required) {\n      required\n      roles\n    }\n  }\n": typeof types.SetSecondFactorRequiredDocument,
    "\n  mutation DisableSecondFactor($input: DisableSecondFactorInput!) {\n    disableSecondFactor(input: $input) {\n      user {\n        id\n        secondFactorEnabled\n      }\n    }\n  }\n": typeof types.DisableSecondFactorDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      roles\n      mustChangePassword\n      secondFactorEnabled\n      mustEnrolSecondFactor\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignOut {\n    signOut {\n      ok\n    }\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        username\n        displayName\n        roles\n        mustChangePassword\n        secondFactorEnabled\n        mustEnrolSecondFactor\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query TrackComplaint($code: String!) {\n    trackComplaint(code: $code) {\n      receiptNumber\n      receivedAt\n      stage\n      stageTh\n      stageEn\n      notices {\n        kind\n        method\n        sentAt\n        letter {\n          subjectTh\n          paragraphsTh\n          fromTh\n        }\n      }\n      messages {\n        from\n        body\n        at\n      }\n      attachments {\n        fileName\n        sha256\n      }\n    }\n  }\n": typeof types.TrackComplaintDocument,
    "\n  mutation SendTrackingMessage($input: SendTrackingMessageInput!) {\n    sendTrackingMessage(input: $input) {\n      ok\n    }\n  }\n": typeof types.SendTrackingMessageDocument,
};
const documents: Documents = {
    "\n  fragment NextDeadlineBadge_complaint on Complaint {\n    deadlines {\n      rule {\n        code\n        nameTh\n        nameEn\n      }\n      dueAt\n      dueSoonAt\n      status\n    }\n  }\n": types.NextDeadlineBadge_ComplaintFragmentDoc,
    "\n  query AdminChannels {\n    allChannels {\n      code\n      nameTh\n      nameEn\n      inUse\n      contact\n    }\n  }\n": types.AdminChannelsDocument,
    "\n  mutation AdminUpdateChannel($input: UpdateChannelInput!) {\n    updateChannel(input: $input) {\n      code\n      inUse\n      contact\n    }\n  }\n": types.AdminUpdateChannelDocument,
    "\n  query AdminDeadlineRules {\n    deadlineRules {\n      code\n      nameTh\n      nameEn\n      manualRef\n      amount\n      unit\n    }\n  }\n": types.AdminDeadlineRulesDocument,
    "\n  mutation AdminUpdateDeadlineRule($input: UpdateDeadlineRuleInput!) {\n    updateDeadlineRule(input: $input) {\n      rule {\n        code\n        amount\n        unit\n      }\n      clocksMoved\n    }\n  }\n": types.AdminUpdateDeadlineRuleDocument,
    "\n  query AdminDivisions {\n    divisions {\n      code\n      nameTh\n      nameEn\n    }\n  }\n": types.AdminDivisionsDocument,
    "\n  mutation AdminCreateDivision($input: DivisionInput!) {\n    createDivision(input: $input) {\n      code\n      nameTh\n      nameEn\n    }\n  }\n": types.AdminCreateDivisionDocument,
    "\n  mutation AdminUpdateDivision($input: DivisionInput!) {\n    updateDivision(input: $input) {\n      code\n      nameTh\n      nameEn\n    }\n  }\n": types.AdminUpdateDivisionDocument,
    "\n  query AdminHolidays($from: String!, $to: String!) {\n    holidays(from: $from, to: $to) {\n      date\n      nameTh\n      nameEn\n    }\n    deadlineRules {\n      code\n      nameTh\n      nameEn\n    }\n  }\n": types.AdminHolidaysDocument,
    "\n  mutation AdminAddHoliday($input: AddHolidayInput!) {\n    addHoliday(input: $input) {\n      clocksMoved\n    }\n  }\n": types.AdminAddHolidayDocument,
    "\n  mutation AdminRemoveHoliday($input: RemoveHolidayInput!) {\n    removeHoliday(input: $input) {\n      clocksMoved\n    }\n  }\n": types.AdminRemoveHolidayDocument,
    "\n  mutation ImportHolidays($input: ImportHolidaysInput!) {\n    importHolidays(input: $input) {\n      dryRun\n      added {\n        date\n        nameTh\n      }\n      alreadyThere\n      problems {\n        row\n        column\n        messageTh\n        messageEn\n      }\n      moved {\n        complaintId\n        receiptNumber\n        ruleCode\n        from\n        to\n      }\n    }\n  }\n": types.ImportHolidaysDocument,
    "\n  query AdminOfficials {\n    officials {\n      id\n      fullName\n      position\n      leftOn\n      division {\n        code\n        nameTh\n        nameEn\n      }\n      user {\n        id\n        username\n      }\n    }\n    divisions {\n      code\n      nameTh\n      nameEn\n    }\n  }\n": types.AdminOfficialsDocument,
    "\n  mutation AdminCreateOfficial($input: CreateOfficialInput!) {\n    createOfficial(input: $input) {\n      official {\n        id\n      }\n    }\n  }\n": types.AdminCreateOfficialDocument,
    "\n  mutation AdminUpdateOfficial($input: UpdateOfficialInput!) {\n    updateOfficial(input: $input) {\n      official {\n        id\n      }\n    }\n  }\n": types.AdminUpdateOfficialDocument,
    "\n  query AdminOrganisation {\n    organisation {\n      code\n      nameTh\n      nameEn\n      kind\n      address\n      phone\n      website\n      facebook\n      officeCode\n      fax\n      email\n      emblemUrl\n      signers {\n        document\n        name\n        position\n        onBehalfOf\n      }\n    }\n  }\n": types.AdminOrganisationDocument,
    "\n  mutation AdminUpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      code\n    }\n  }\n": types.AdminUpdateOrganisationDocument,
    "\n  mutation AdminSetEmblem($input: SetEmblemInput!) {\n    setEmblem(input: $input) {\n      emblemUrl\n    }\n  }\n": types.AdminSetEmblemDocument,
    "\n  query AdminUsers {\n    users {\n      id\n      username\n      displayName\n      roles\n      active\n      mustChangePassword\n      secondFactorEnabled\n      lastSignInAt\n      division {\n        code\n        nameTh\n        nameEn\n      }\n      official {\n        id\n        fullName\n      }\n    }\n    officials {\n      id\n      fullName\n      position\n      leftOn\n      user {\n        id\n      }\n    }\n    divisions {\n      code\n      nameTh\n      nameEn\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n      }\n      temporaryPassword\n    }\n  }\n": types.AdminCreateUserDocument,
    "\n  mutation AdminUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.AdminUpdateUserDocument,
    "\n  mutation AdminResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      temporaryPassword\n    }\n  }\n": types.AdminResetPasswordDocument,
    "\n  mutation AdminResetSecondFactor($input: ResetSecondFactorInput!) {\n    resetSecondFactor(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.AdminResetSecondFactorDocument,
    "\n  mutation AdminSetUserActive($input: SetUserActiveInput!) {\n    setUserActive(input: $input) {\n      id\n      active\n    }\n  }\n": types.AdminSetUserActiveDocument,
    "\n  query AlertSeedQuery($overdue: Boolean!) {\n    complaints(filter: { overdue: $overdue }, first: 50) {\n      edges {\n        node {\n          id\n          receiptNumber\n          subject\n          deadlines {\n            status\n            dueAt\n            dueSoonAt\n            rule {\n              code\n              nameTh\n              nameEn\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AlertSeedQueryDocument,
    "\n  subscription Alerts($since: DateTimeISO) {\n    alerts(since: $since) {\n      kind\n      at\n      replayed\n      complaint {\n        id\n        receiptNumber\n        subject\n      }\n      deadline {\n        rule {\n          code\n          nameTh\n          nameEn\n        }\n        dueAt\n        status\n      }\n    }\n  }\n": types.AlertsDocument,
    "\n  fragment BackupStatusPanel_status on BackupStatus {\n    lastSucceededAt\n    lastFile\n    lastBytes\n    lastSha256\n    lastAttemptAt\n    lastError\n    keep\n    directory\n    schedule\n  }\n": types.BackupStatusPanel_StatusFragmentDoc,
    "\n  query BackupStatusPanelQuery {\n    backupStatus {\n      ...BackupStatusPanel_status\n    }\n  }\n": types.BackupStatusPanelQueryDocument,
    "\n  mutation RunBackup {\n    runBackup {\n      ...BackupStatusPanel_status\n    }\n  }\n": types.RunBackupDocument,
    "\n  fragment BoardPage_complaint on Complaint {\n    id\n    stage\n    version\n    availableMoves\n    ...MoveDialog_complaint\n    receiptNumber\n    subject\n    channel {\n      code\n    }\n    units {\n      code\n    }\n    deadlines {\n      dueAt\n      dueSoonAt\n      status\n    }\n    ...ComplaintCard_complaint\n  }\n": types.BoardPage_ComplaintFragmentDoc,
    "\n  query BoardPageQuery {\n    board {\n      fiscalYear\n      columns {\n        stage\n        total\n        complaints {\n          ...BoardPage_complaint @unmask\n        }\n      }\n    }\n    channels {\n      code\n      nameTh\n      nameEn\n    }\n    divisions {\n      code\n      nameTh\n      nameEn\n    }\n  }\n": types.BoardPageQueryDocument,
    "\n  query BoardColumnMoreQuery($stage: ComplaintStage!, $after: ID!) {\n    boardColumn(stage: $stage) {\n      stage\n      total\n      complaints(after: $after) {\n        ...BoardPage_complaint @unmask\n      }\n    }\n  }\n": types.BoardColumnMoreQueryDocument,
    "\n  fragment ComplaintCard_complaint on Complaint {\n    id\n    version\n    stage\n    receiptNumber\n    subject\n    receivedAt\n    channel {\n      code\n      nameTh\n      nameEn\n    }\n    units {\n      code\n      nameTh\n      nameEn\n    }\n    ...NextDeadlineBadge_complaint\n  }\n": types.ComplaintCard_ComplaintFragmentDoc,
    "\n  subscription BoardChanges {\n    complaintChanges {\n      kind\n      complaintId\n      complaint {\n        id\n        ...BoardPage_complaint\n      }\n    }\n  }\n": types.BoardChangesDocument,
    "\n  mutation ChangePasswordPage($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n    }\n  }\n": types.ChangePasswordPageDocument,
    "\n  query ComplaintFilePageQuery($id: ID!) {\n    complaint(id: $id) {\n      stage\n      id\n      ...ComplaintFileHeader_complaint\n      ...ComplaintMoves_complaint\n      ...ComplaintCorrection_complaint\n      ...ComplaintReferral_complaint\n      ...ComplaintReferralFacts_complaint\n      ...ComplaintFacts_complaint\n      ...ComplaintUnitReports_complaint\n      ...ComplaintParties_complaint\n      ...ComplaintEvidence_complaint\n      ...ComplaintDeadlines_complaint\n      ...ComplaintCommittee_complaint\n      ...ComplaintNotices_complaint\n      ...ComplaintDocuments_complaint\n      ...ComplaintHistory_complaint\n    }\n  }\n": types.ComplaintFilePageQueryDocument,
    "\n  fragment ComplaintAttachments_files on Complaint {\n    id\n    version\n    attachments {\n      id\n      fileName\n      mediaType\n      bytes\n      sha256\n      source\n    }\n  }\n": types.ComplaintAttachments_FilesFragmentDoc,
    "\n  query ComplaintAttachmentsPanel($id: ID!) {\n    complaint(id: $id) {\n      ...ComplaintAttachments_files @unmask\n    }\n  }\n": types.ComplaintAttachmentsPanelDocument,
    "\n  mutation AttachScans($input: AttachFilesInput!) {\n    attachFiles(input: $input) {\n      complaint {\n        ...ComplaintAttachments_files\n      }\n    }\n  }\n": types.AttachScansDocument,
    "\n  fragment ComplaintCommittee_complaint on Complaint {\n    committee {\n      orderNumber\n      appointedAt\n      members {\n        fullName\n        role\n      }\n    }\n  }\n": types.ComplaintCommittee_ComplaintFragmentDoc,
    "\n  query ComplaintConversationQuery($id: ID!) {\n    complaint(id: $id) {\n      id\n      version\n      channel {\n        code\n      }\n      messages {\n        from\n        body\n        at\n      }\n    }\n  }\n": types.ComplaintConversationQueryDocument,
    "\n  mutation ReplyToComplainant($input: ReplyToComplainantInput!) {\n    replyToComplainant(input: $input) {\n      complaint {\n        id\n        version\n      }\n    }\n  }\n": types.ReplyToComplainantDocument,
    "\n  fragment ComplaintCorrection_complaint on Complaint {\n    id\n    version\n    receiptNumber\n    availableMoves\n    subject\n    details\n    requestedAction\n    incidentPlace\n    receivedAt\n    channel {\n      code\n    }\n    complainant {\n      fullName\n      age\n      phone\n      email\n      address {\n        houseNumber\n        moo\n        tambon\n        amphoe\n        changwat\n        postcode\n      }\n    }\n    accused {\n      fullName\n      position\n      unit\n      official {\n        id\n      }\n    }\n  }\n": types.ComplaintCorrection_ComplaintFragmentDoc,
    "\n  mutation CorrectComplaintMutation($input: CorrectComplaintInput!) {\n    correctComplaint(input: $input) {\n      complaint {\n        id\n        ...BoardPage_complaint\n      }\n    }\n  }\n": types.CorrectComplaintMutationDocument,
    "\n  query CorrectionChannelsQuery {\n    channels {\n      code\n      nameTh\n      nameEn\n    }\n  }\n": types.CorrectionChannelsQueryDocument,
    "\n  fragment ComplaintCorrections_complaint on Complaint {\n    id\n    corrections {\n      at\n      reason\n      fields\n      voided\n      actorName\n      changes {\n        field\n        before\n        after\n        hidden\n      }\n    }\n  }\n": types.ComplaintCorrections_ComplaintFragmentDoc,
    "\n  fragment ComplaintDeadlines_complaint on Complaint {\n    deadlines {\n      rule {\n        code\n        nameTh\n        nameEn\n      }\n      dueAt\n      metAt\n      status\n    }\n  }\n": types.ComplaintDeadlines_ComplaintFragmentDoc,
    "\n  fragment ComplaintDocuments_complaint on Complaint {\n    id\n    stage\n    committee {\n      orderNumber\n    }\n    notices {\n      id\n      kind\n      outgoingNumber\n    }\n    issuedDocuments {\n      id\n      kind\n      edition\n      number\n      issuedAt\n      issuedBy\n      htmlSha256\n      pdfSha256\n      pdfPath\n    }\n  }\n": types.ComplaintDocuments_ComplaintFragmentDoc,
    "\n  fragment ComplaintEvidence_complaint on Complaint {\n    evidence {\n      description\n      copies\n    }\n  }\n": types.ComplaintEvidence_ComplaintFragmentDoc,
    "\n  fragment ComplaintFacts_complaint on Complaint {\n    channel {\n      code\n      nameTh\n      nameEn\n    }\n    receivedAt\n    recordedAt\n    registerNumber\n    centerRegisterNumber\n    decision\n    units {\n      code\n      nameTh\n      nameEn\n    }\n    notAcceptedReason\n    orderNote\n    outcome\n    findings\n    details\n    requestedAction\n    incidentAt\n    incidentPlace\n  }\n": types.ComplaintFacts_ComplaintFragmentDoc,
    "\n  fragment ComplaintFileHeader_complaint on Complaint {\n    id\n    receiptNumber\n    subject\n    stage\n    voided\n    voidReason\n    ...NextDeadlineBadge_complaint\n  }\n": types.ComplaintFileHeader_ComplaintFragmentDoc,
    "\n  fragment ComplaintHistory_complaint on Complaint {\n    id\n    units {\n      code\n      nameTh\n      nameEn\n    }\n    events {\n      id\n      kind\n      at\n      actorName\n      data\n    }\n    ...ComplaintCorrections_complaint\n  }\n": types.ComplaintHistory_ComplaintFragmentDoc,
    "\n  fragment ComplaintMoves_complaint on Complaint {\n    id\n    version\n    availableMoves\n    ...MoveDialog_complaint\n  }\n": types.ComplaintMoves_ComplaintFragmentDoc,
    "\n  fragment ComplaintNotices_complaint on Complaint {\n    notices {\n      id\n      kind\n      method\n      sentAt\n    }\n  }\n": types.ComplaintNotices_ComplaintFragmentDoc,
    "\n  fragment ComplaintParties_complaint on Complaint {\n    anonymous\n    complainant {\n      fullName\n      age\n      phone\n      email\n      address {\n        houseNumber\n        moo\n        tambon\n        amphoe\n        changwat\n        postcode\n      }\n    }\n    accused {\n      fullName\n      position\n      unit\n      official {\n        id\n        fullName\n        position\n        division {\n          code\n          nameTh\n          nameEn\n        }\n      }\n    }\n  }\n": types.ComplaintParties_ComplaintFragmentDoc,
    "\n  fragment ComplaintReferral_complaint on Complaint {\n    id\n    version\n    receiptNumber\n    availableMoves\n  }\n": types.ComplaintReferral_ComplaintFragmentDoc,
    "\n  query ReferralTargetsQuery {\n    referralTargets {\n      code\n      nameTh\n      nameEn\n      kind\n    }\n  }\n": types.ReferralTargetsQueryDocument,
    "\n  mutation ReferComplaintMutation($input: ReferComplaintInput!) {\n    referComplaint(input: $input) {\n      complaint {\n        id\n        version\n        availableMoves\n        ...ComplaintReferralFacts_complaint\n        ...BoardPage_complaint\n      }\n      referredTo {\n        organisation {\n          code\n          nameTh\n          nameEn\n        }\n        receiptNumber\n        receivedAt\n      }\n    }\n  }\n": types.ReferComplaintMutationDocument,
    "\n  fragment ComplaintReferralFacts_complaint on Complaint {\n    originAgency\n    originReference\n    origin {\n      organisation {\n        code\n        nameTh\n        nameEn\n      }\n      receiptNumber\n    }\n    referral {\n      toOrganisationCode\n      organisation {\n        code\n        nameTh\n        nameEn\n      }\n      letterNumber\n      shareIdentity\n      referredAt\n      receivedAs\n      receivedAt\n    }\n  }\n": types.ComplaintReferralFacts_ComplaintFragmentDoc,
    "\n  fragment ComplaintUnitReports_complaint on Complaint {\n    unitReports {\n      division {\n        code\n        nameTh\n        nameEn\n      }\n      outcome\n      findings\n      at\n    }\n  }\n": types.ComplaintUnitReports_ComplaintFragmentDoc,
    "\n  mutation SetUpOrganisation($input: SetUpOrganisationInput!) {\n    setUpOrganisation(input: $input) {\n      organisation {\n        code\n        nameTh\n      }\n      admin\n    }\n  }\n": types.SetUpOrganisationDocument,
    "\n  query PublicOrganisation {\n    firstRunPending\n    organisation {\n      code\n      nameTh\n      nameEn\n      emblemUrl\n    }\n  }\n": types.PublicOrganisationDocument,
    "\n  query AccusedMatchesQuery($accused: [AccusedInput!]!) {\n    accusedMatches(accused: $accused) {\n      accused\n      link\n      officials {\n        id\n        fullName\n        position\n      }\n    }\n  }\n": types.AccusedMatchesQueryDocument,
    "\n  query IntakePageQuery {\n    channels {\n      code\n      nameTh\n      nameEn\n    }\n    officials {\n      id\n      fullName\n      position\n      division {\n        code\n        nameTh\n        nameEn\n      }\n    }\n  }\n": types.IntakePageQueryDocument,
    "\n  mutation RecordComplaint($input: RecordComplaintInput!) {\n    recordComplaint(input: $input) {\n      complaint {\n        id\n        receiptNumber\n        stage\n        version\n        ...ComplaintCard_complaint\n      }\n    }\n  }\n": types.RecordComplaintDocument,
    "\n  query MoveDialogQuery {\n    divisions {\n      code\n      nameTh\n      nameEn\n    }\n  }\n": types.MoveDialogQueryDocument,
    "\n  fragment MoveDialog_complaint on Complaint {\n    id\n    version\n    receiptNumber\n    availableNoticeKinds\n    notAcceptedReasons\n    reportingDivision {\n      code\n      nameTh\n      nameEn\n    }\n  }\n": types.MoveDialog_ComplaintFragmentDoc,
    "\n  query NoticeDraft($complaintId: ID!, $kind: NoticeKind!) {\n    noticeDraft(complaintId: $complaintId, kind: $kind) {\n      subject\n      to\n      paragraphs\n    }\n  }\n": types.NoticeDraftDocument,
    "\n    mutation RegisterComplaint($input: RegisterComplaintInput!) {\n      registerComplaint(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  ": types.RegisterComplaintDocument,
    "\n    mutation SubmitForOrder($input: SubmitForOrderInput!) {\n      submitForOrder(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  ": types.SubmitForOrderDocument,
    "\n    mutation OrderComplaint($input: OrderComplaintInput!) {\n      orderComplaint(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  ": types.OrderComplaintDocument,
    "\n    mutation DistributeComplaint($input: DistributeComplaintInput!) {\n      distributeComplaint(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  ": types.DistributeComplaintDocument,
    "\n    mutation AppointCommittee($input: AppointCommitteeInput!) {\n      appointCommittee(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  ": types.AppointCommitteeDocument,
    "\n    mutation ResolveComplaint($input: ResolveComplaintInput!) {\n      resolveComplaint(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  ": types.ResolveComplaintDocument,
    "\n    mutation SendNotice($input: SendNoticeInput!) {\n      sendNotice(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  ": types.SendNoticeDocument,
    "\n    mutation CloseComplaint($input: CloseComplaintInput!) {\n      closeComplaint(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  ": types.CloseComplaintDocument,
    "\n  query OversightBodies {\n    organisation {\n      code\n      nameTh\n      nameEn\n      kind\n    }\n    organisations {\n      code\n      nameTh\n      nameEn\n      kind\n      parent {\n        code\n      }\n    }\n  }\n": types.OversightBodiesDocument,
    "\n  query OversightStatistics($organisationCode: String!, $fiscalYear: Int!, $quarter: Int) {\n    organisationStatistics(organisationCode: $organisationCode, fiscalYear: $fiscalYear, quarter: $quarter) {\n      organisationCode\n      bodies\n      fiscalYear\n      quarter\n      received\n      inProgress\n      closed\n      notAccepted\n      overdue\n      deadlineCompliance {\n        rule {\n          code\n          nameTh\n          nameEn\n          manualRef\n        }\n        met\n        metLate\n        overdue\n        pending\n        cancelled\n      }\n    }\n  }\n": types.OversightStatisticsDocument,
    "\n  query OverviewPageQuery($fiscalYear: Int!, $quarter: Int) {\n    organisation {\n      code\n    }\n    year: complaintStatistics(fiscalYear: $fiscalYear, quarter: $quarter) {\n      fiscalYear\n      quarter\n      received\n      inProgress\n      closed\n      notAccepted\n      fromDamrongdhama {\n        received\n        completed\n        completionRate\n      }\n      byChannel {\n        count\n        channel {\n          code\n          nameTh\n          nameEn\n        }\n      }\n      byDivision {\n        count\n        division {\n          code\n          nameTh\n          nameEn\n        }\n      }\n      byMonth {\n        month\n        received\n      }\n      deadlineCompliance {\n        rule {\n          code\n          nameTh\n          nameEn\n        }\n        met\n        metLate\n        overdue\n        pending\n        cancelled\n      }\n    }\n    board {\n      columns {\n        stage\n        complaints {\n          id\n          stage\n          receiptNumber\n          subject\n          deadlines {\n            rule {\n              code\n              nameTh\n              nameEn\n            }\n            dueAt\n            dueSoonAt\n            status\n          }\n        }\n      }\n    }\n  }\n": types.OverviewPageQueryDocument,
    "\n  query SubmissionChallenge {\n    submissionChallenge\n  }\n": types.SubmissionChallengeDocument,
    "\n  query RegisterPageQuery($filter: ComplaintFilter, $first: Int, $after: String) {\n    complaints(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          receiptNumber\n          receivedAt\n          subject\n          stage\n          voided\n          channel {\n            code\n            nameTh\n            nameEn\n          }\n          units {\n            code\n            nameTh\n            nameEn\n          }\n          deadlines {\n            status\n          }\n        }\n      }\n    }\n  }\n": types.RegisterPageQueryDocument,
    "\n  query RegisterChoicesQuery {\n    channels {\n      code\n      nameTh\n      nameEn\n    }\n    divisions {\n      code\n      nameTh\n      nameEn\n    }\n  }\n": types.RegisterChoicesQueryDocument,
    "\n  mutation SubmitComplaint($input: SubmitComplaintInput!) {\n    submitComplaint(input: $input) {\n      receiptNumber\n      trackingCode\n    }\n  }\n": types.SubmitComplaintDocument,
    "\n  mutation BeginSecondFactorEnrolment {\n    beginSecondFactorEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n": types.BeginSecondFactorEnrolmentDocument,
    "\n  mutation ConfirmSecondFactor($input: ConfirmSecondFactorInput!) {\n    confirmSecondFactor(input: $input) {\n      recoveryCodes\n    }\n  }\n": types.ConfirmSecondFactorDocument,
    "\n  query SecondFactorPolicy {\n    secondFactorPolicy {\n      required\n      roles\n    }\n  }\n": types.SecondFactorPolicyDocument,
    "\n  mutation SetSecondFactorRequired($required: Boolean!) {\n    setSecondFactorRequired(required: $required) {\n      required\n      roles\n    }\n  }\n": types.SetSecondFactorRequiredDocument,
    "\n  mutation DisableSecondFactor($input: DisableSecondFactorInput!) {\n    disableSecondFactor(input: $input) {\n      user {\n        id\n        secondFactorEnabled\n      }\n    }\n  }\n": types.DisableSecondFactorDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      roles\n      mustChangePassword\n      secondFactorEnabled\n      mustEnrolSecondFactor\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignOut {\n    signOut {\n      ok\n    }\n  }\n": types.SignOutDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        username\n        displayName\n        roles\n        mustChangePassword\n        secondFactorEnabled\n        mustEnrolSecondFactor\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  query TrackComplaint($code: String!) {\n    trackComplaint(code: $code) {\n      receiptNumber\n      receivedAt\n      stage\n      stageTh\n      stageEn\n      notices {\n        kind\n        method\n        sentAt\n        letter {\n          subjectTh\n          paragraphsTh\n          fromTh\n        }\n      }\n      messages {\n        from\n        body\n        at\n      }\n      attachments {\n        fileName\n        sha256\n      }\n    }\n  }\n": types.TrackComplaintDocument,
    "\n  mutation SendTrackingMessage($input: SendTrackingMessageInput!) {\n    sendTrackingMessage(input: $input) {\n      ok\n    }\n  }\n": types.SendTrackingMessageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NextDeadlineBadge_complaint on Complaint {\n    deadlines {\n      rule {\n        code\n        nameTh\n        nameEn\n      }\n      dueAt\n      dueSoonAt\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment NextDeadlineBadge_complaint on Complaint {\n    deadlines {\n      rule {\n        code\n        nameTh\n        nameEn\n      }\n      dueAt\n      dueSoonAt\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminChannels {\n    allChannels {\n      code\n      nameTh\n      nameEn\n      inUse\n      contact\n    }\n  }\n"): (typeof documents)["\n  query AdminChannels {\n    allChannels {\n      code\n      nameTh\n      nameEn\n      inUse\n      contact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateChannel($input: UpdateChannelInput!) {\n    updateChannel(input: $input) {\n      code\n      inUse\n      contact\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateChannel($input: UpdateChannelInput!) {\n    updateChannel(input: $input) {\n      code\n      inUse\n      contact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDeadlineRules {\n    deadlineRules {\n      code\n      nameTh\n      nameEn\n      manualRef\n      amount\n      unit\n    }\n  }\n"): (typeof documents)["\n  query AdminDeadlineRules {\n    deadlineRules {\n      code\n      nameTh\n      nameEn\n      manualRef\n      amount\n      unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateDeadlineRule($input: UpdateDeadlineRuleInput!) {\n    updateDeadlineRule(input: $input) {\n      rule {\n        code\n        amount\n        unit\n      }\n      clocksMoved\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateDeadlineRule($input: UpdateDeadlineRuleInput!) {\n    updateDeadlineRule(input: $input) {\n      rule {\n        code\n        amount\n        unit\n      }\n      clocksMoved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDivisions {\n    divisions {\n      code\n      nameTh\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query AdminDivisions {\n    divisions {\n      code\n      nameTh\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateDivision($input: DivisionInput!) {\n    createDivision(input: $input) {\n      code\n      nameTh\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateDivision($input: DivisionInput!) {\n    createDivision(input: $input) {\n      code\n      nameTh\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateDivision($input: DivisionInput!) {\n    updateDivision(input: $input) {\n      code\n      nameTh\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateDivision($input: DivisionInput!) {\n    updateDivision(input: $input) {\n      code\n      nameTh\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminHolidays($from: String!, $to: String!) {\n    holidays(from: $from, to: $to) {\n      date\n      nameTh\n      nameEn\n    }\n    deadlineRules {\n      code\n      nameTh\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query AdminHolidays($from: String!, $to: String!) {\n    holidays(from: $from, to: $to) {\n      date\n      nameTh\n      nameEn\n    }\n    deadlineRules {\n      code\n      nameTh\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAddHoliday($input: AddHolidayInput!) {\n    addHoliday(input: $input) {\n      clocksMoved\n    }\n  }\n"): (typeof documents)["\n  mutation AdminAddHoliday($input: AddHolidayInput!) {\n    addHoliday(input: $input) {\n      clocksMoved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemoveHoliday($input: RemoveHolidayInput!) {\n    removeHoliday(input: $input) {\n      clocksMoved\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRemoveHoliday($input: RemoveHolidayInput!) {\n    removeHoliday(input: $input) {\n      clocksMoved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportHolidays($input: ImportHolidaysInput!) {\n    importHolidays(input: $input) {\n      dryRun\n      added {\n        date\n        nameTh\n      }\n      alreadyThere\n      problems {\n        row\n        column\n        messageTh\n        messageEn\n      }\n      moved {\n        complaintId\n        receiptNumber\n        ruleCode\n        from\n        to\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportHolidays($input: ImportHolidaysInput!) {\n    importHolidays(input: $input) {\n      dryRun\n      added {\n        date\n        nameTh\n      }\n      alreadyThere\n      problems {\n        row\n        column\n        messageTh\n        messageEn\n      }\n      moved {\n        complaintId\n        receiptNumber\n        ruleCode\n        from\n        to\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOfficials {\n    officials {\n      id\n      fullName\n      position\n      leftOn\n      division {\n        code\n        nameTh\n        nameEn\n      }\n      user {\n        id\n        username\n      }\n    }\n    divisions {\n      code\n      nameTh\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query AdminOfficials {\n    officials {\n      id\n      fullName\n      position\n      leftOn\n      division {\n        code\n        nameTh\n        nameEn\n      }\n      user {\n        id\n        username\n      }\n    }\n    divisions {\n      code\n      nameTh\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateOfficial($input: CreateOfficialInput!) {\n    createOfficial(input: $input) {\n      official {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateOfficial($input: CreateOfficialInput!) {\n    createOfficial(input: $input) {\n      official {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateOfficial($input: UpdateOfficialInput!) {\n    updateOfficial(input: $input) {\n      official {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateOfficial($input: UpdateOfficialInput!) {\n    updateOfficial(input: $input) {\n      official {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisation {\n    organisation {\n      code\n      nameTh\n      nameEn\n      kind\n      address\n      phone\n      website\n      facebook\n      officeCode\n      fax\n      email\n      emblemUrl\n      signers {\n        document\n        name\n        position\n        onBehalfOf\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganisation {\n    organisation {\n      code\n      nameTh\n      nameEn\n      kind\n      address\n      phone\n      website\n      facebook\n      officeCode\n      fax\n      email\n      emblemUrl\n      signers {\n        document\n        name\n        position\n        onBehalfOf\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetEmblem($input: SetEmblemInput!) {\n    setEmblem(input: $input) {\n      emblemUrl\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetEmblem($input: SetEmblemInput!) {\n    setEmblem(input: $input) {\n      emblemUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers {\n    users {\n      id\n      username\n      displayName\n      roles\n      active\n      mustChangePassword\n      secondFactorEnabled\n      lastSignInAt\n      division {\n        code\n        nameTh\n        nameEn\n      }\n      official {\n        id\n        fullName\n      }\n    }\n    officials {\n      id\n      fullName\n      position\n      leftOn\n      user {\n        id\n      }\n    }\n    divisions {\n      code\n      nameTh\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers {\n    users {\n      id\n      username\n      displayName\n      roles\n      active\n      mustChangePassword\n      secondFactorEnabled\n      lastSignInAt\n      division {\n        code\n        nameTh\n        nameEn\n      }\n      official {\n        id\n        fullName\n      }\n    }\n    officials {\n      id\n      fullName\n      position\n      leftOn\n      user {\n        id\n      }\n    }\n    divisions {\n      code\n      nameTh\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n      }\n      temporaryPassword\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n      }\n      temporaryPassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      temporaryPassword\n    }\n  }\n"): (typeof documents)["\n  mutation AdminResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      temporaryPassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResetSecondFactor($input: ResetSecondFactorInput!) {\n    resetSecondFactor(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminResetSecondFactor($input: ResetSecondFactorInput!) {\n    resetSecondFactor(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetUserActive($input: SetUserActiveInput!) {\n    setUserActive(input: $input) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetUserActive($input: SetUserActiveInput!) {\n    setUserActive(input: $input) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertSeedQuery($overdue: Boolean!) {\n    complaints(filter: { overdue: $overdue }, first: 50) {\n      edges {\n        node {\n          id\n          receiptNumber\n          subject\n          deadlines {\n            status\n            dueAt\n            dueSoonAt\n            rule {\n              code\n              nameTh\n              nameEn\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AlertSeedQuery($overdue: Boolean!) {\n    complaints(filter: { overdue: $overdue }, first: 50) {\n      edges {\n        node {\n          id\n          receiptNumber\n          subject\n          deadlines {\n            status\n            dueAt\n            dueSoonAt\n            rule {\n              code\n              nameTh\n              nameEn\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Alerts($since: DateTimeISO) {\n    alerts(since: $since) {\n      kind\n      at\n      replayed\n      complaint {\n        id\n        receiptNumber\n        subject\n      }\n      deadline {\n        rule {\n          code\n          nameTh\n          nameEn\n        }\n        dueAt\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription Alerts($since: DateTimeISO) {\n    alerts(since: $since) {\n      kind\n      at\n      replayed\n      complaint {\n        id\n        receiptNumber\n        subject\n      }\n      deadline {\n        rule {\n          code\n          nameTh\n          nameEn\n        }\n        dueAt\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BackupStatusPanel_status on BackupStatus {\n    lastSucceededAt\n    lastFile\n    lastBytes\n    lastSha256\n    lastAttemptAt\n    lastError\n    keep\n    directory\n    schedule\n  }\n"): (typeof documents)["\n  fragment BackupStatusPanel_status on BackupStatus {\n    lastSucceededAt\n    lastFile\n    lastBytes\n    lastSha256\n    lastAttemptAt\n    lastError\n    keep\n    directory\n    schedule\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackupStatusPanelQuery {\n    backupStatus {\n      ...BackupStatusPanel_status\n    }\n  }\n"): (typeof documents)["\n  query BackupStatusPanelQuery {\n    backupStatus {\n      ...BackupStatusPanel_status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunBackup {\n    runBackup {\n      ...BackupStatusPanel_status\n    }\n  }\n"): (typeof documents)["\n  mutation RunBackup {\n    runBackup {\n      ...BackupStatusPanel_status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardPage_complaint on Complaint {\n    id\n    stage\n    version\n    availableMoves\n    ...MoveDialog_complaint\n    receiptNumber\n    subject\n    channel {\n      code\n    }\n    units {\n      code\n    }\n    deadlines {\n      dueAt\n      dueSoonAt\n      status\n    }\n    ...ComplaintCard_complaint\n  }\n"): (typeof documents)["\n  fragment BoardPage_complaint on Complaint {\n    id\n    stage\n    version\n    availableMoves\n    ...MoveDialog_complaint\n    receiptNumber\n    subject\n    channel {\n      code\n    }\n    units {\n      code\n    }\n    deadlines {\n      dueAt\n      dueSoonAt\n      status\n    }\n    ...ComplaintCard_complaint\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardPageQuery {\n    board {\n      fiscalYear\n      columns {\n        stage\n        total\n        complaints {\n          ...BoardPage_complaint @unmask\n        }\n      }\n    }\n    channels {\n      code\n      nameTh\n      nameEn\n    }\n    divisions {\n      code\n      nameTh\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query BoardPageQuery {\n    board {\n      fiscalYear\n      columns {\n        stage\n        total\n        complaints {\n          ...BoardPage_complaint @unmask\n        }\n      }\n    }\n    channels {\n      code\n      nameTh\n      nameEn\n    }\n    divisions {\n      code\n      nameTh\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardColumnMoreQuery($stage: ComplaintStage!, $after: ID!) {\n    boardColumn(stage: $stage) {\n      stage\n      total\n      complaints(after: $after) {\n        ...BoardPage_complaint @unmask\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardColumnMoreQuery($stage: ComplaintStage!, $after: ID!) {\n    boardColumn(stage: $stage) {\n      stage\n      total\n      complaints(after: $after) {\n        ...BoardPage_complaint @unmask\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintCard_complaint on Complaint {\n    id\n    version\n    stage\n    receiptNumber\n    subject\n    receivedAt\n    channel {\n      code\n      nameTh\n      nameEn\n    }\n    units {\n      code\n      nameTh\n      nameEn\n    }\n    ...NextDeadlineBadge_complaint\n  }\n"): (typeof documents)["\n  fragment ComplaintCard_complaint on Complaint {\n    id\n    version\n    stage\n    receiptNumber\n    subject\n    receivedAt\n    channel {\n      code\n      nameTh\n      nameEn\n    }\n    units {\n      code\n      nameTh\n      nameEn\n    }\n    ...NextDeadlineBadge_complaint\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardChanges {\n    complaintChanges {\n      kind\n      complaintId\n      complaint {\n        id\n        ...BoardPage_complaint\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription BoardChanges {\n    complaintChanges {\n      kind\n      complaintId\n      complaint {\n        id\n        ...BoardPage_complaint\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePasswordPage($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePasswordPage($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintFilePageQuery($id: ID!) {\n    complaint(id: $id) {\n      stage\n      id\n      ...ComplaintFileHeader_complaint\n      ...ComplaintMoves_complaint\n      ...ComplaintCorrection_complaint\n      ...ComplaintReferral_complaint\n      ...ComplaintReferralFacts_complaint\n      ...ComplaintFacts_complaint\n      ...ComplaintUnitReports_complaint\n      ...ComplaintParties_complaint\n      ...ComplaintEvidence_complaint\n      ...ComplaintDeadlines_complaint\n      ...ComplaintCommittee_complaint\n      ...ComplaintNotices_complaint\n      ...ComplaintDocuments_complaint\n      ...ComplaintHistory_complaint\n    }\n  }\n"): (typeof documents)["\n  query ComplaintFilePageQuery($id: ID!) {\n    complaint(id: $id) {\n      stage\n      id\n      ...ComplaintFileHeader_complaint\n      ...ComplaintMoves_complaint\n      ...ComplaintCorrection_complaint\n      ...ComplaintReferral_complaint\n      ...ComplaintReferralFacts_complaint\n      ...ComplaintFacts_complaint\n      ...ComplaintUnitReports_complaint\n      ...ComplaintParties_complaint\n      ...ComplaintEvidence_complaint\n      ...ComplaintDeadlines_complaint\n      ...ComplaintCommittee_complaint\n      ...ComplaintNotices_complaint\n      ...ComplaintDocuments_complaint\n      ...ComplaintHistory_complaint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintAttachments_files on Complaint {\n    id\n    version\n    attachments {\n      id\n      fileName\n      mediaType\n      bytes\n      sha256\n      source\n    }\n  }\n"): (typeof documents)["\n  fragment ComplaintAttachments_files on Complaint {\n    id\n    version\n    attachments {\n      id\n      fileName\n      mediaType\n      bytes\n      sha256\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintAttachmentsPanel($id: ID!) {\n    complaint(id: $id) {\n      ...ComplaintAttachments_files @unmask\n    }\n  }\n"): (typeof documents)["\n  query ComplaintAttachmentsPanel($id: ID!) {\n    complaint(id: $id) {\n      ...ComplaintAttachments_files @unmask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachScans($input: AttachFilesInput!) {\n    attachFiles(input: $input) {\n      complaint {\n        ...ComplaintAttachments_files\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AttachScans($input: AttachFilesInput!) {\n    attachFiles(input: $input) {\n      complaint {\n        ...ComplaintAttachments_files\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintCommittee_complaint on Complaint {\n    committee {\n      orderNumber\n      appointedAt\n      members {\n        fullName\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ComplaintCommittee_complaint on Complaint {\n    committee {\n      orderNumber\n      appointedAt\n      members {\n        fullName\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintConversationQuery($id: ID!) {\n    complaint(id: $id) {\n      id\n      version\n      channel {\n        code\n      }\n      messages {\n        from\n        body\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComplaintConversationQuery($id: ID!) {\n    complaint(id: $id) {\n      id\n      version\n      channel {\n        code\n      }\n      messages {\n        from\n        body\n        at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToComplainant($input: ReplyToComplainantInput!) {\n    replyToComplainant(input: $input) {\n      complaint {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToComplainant($input: ReplyToComplainantInput!) {\n    replyToComplainant(input: $input) {\n      complaint {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintCorrection_complaint on Complaint {\n    id\n    version\n    receiptNumber\n    availableMoves\n    subject\n    details\n    requestedAction\n    incidentPlace\n    receivedAt\n    channel {\n      code\n    }\n    complainant {\n      fullName\n      age\n      phone\n      email\n      address {\n        houseNumber\n        moo\n        tambon\n        amphoe\n        changwat\n        postcode\n      }\n    }\n    accused {\n      fullName\n      position\n      unit\n      official {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ComplaintCorrection_complaint on Complaint {\n    id\n    version\n    receiptNumber\n    availableMoves\n    subject\n    details\n    requestedAction\n    incidentPlace\n    receivedAt\n    channel {\n      code\n    }\n    complainant {\n      fullName\n      age\n      phone\n      email\n      address {\n        houseNumber\n        moo\n        tambon\n        amphoe\n        changwat\n        postcode\n      }\n    }\n    accused {\n      fullName\n      position\n      unit\n      official {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectComplaintMutation($input: CorrectComplaintInput!) {\n    correctComplaint(input: $input) {\n      complaint {\n        id\n        ...BoardPage_complaint\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectComplaintMutation($input: CorrectComplaintInput!) {\n    correctComplaint(input: $input) {\n      complaint {\n        id\n        ...BoardPage_complaint\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorrectionChannelsQuery {\n    channels {\n      code\n      nameTh\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query CorrectionChannelsQuery {\n    channels {\n      code\n      nameTh\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintCorrections_complaint on Complaint {\n    id\n    corrections {\n      at\n      reason\n      fields\n      voided\n      actorName\n      changes {\n        field\n        before\n        after\n        hidden\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ComplaintCorrections_complaint on Complaint {\n    id\n    corrections {\n      at\n      reason\n      fields\n      voided\n      actorName\n      changes {\n        field\n        before\n        after\n        hidden\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintDeadlines_complaint on Complaint {\n    deadlines {\n      rule {\n        code\n        nameTh\n        nameEn\n      }\n      dueAt\n      metAt\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment ComplaintDeadlines_complaint on Complaint {\n    deadlines {\n      rule {\n        code\n        nameTh\n        nameEn\n      }\n      dueAt\n      metAt\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintDocuments_complaint on Complaint {\n    id\n    stage\n    committee {\n      orderNumber\n    }\n    notices {\n      id\n      kind\n      outgoingNumber\n    }\n    issuedDocuments {\n      id\n      kind\n      edition\n      number\n      issuedAt\n      issuedBy\n      htmlSha256\n      pdfSha256\n      pdfPath\n    }\n  }\n"): (typeof documents)["\n  fragment ComplaintDocuments_complaint on Complaint {\n    id\n    stage\n    committee {\n      orderNumber\n    }\n    notices {\n      id\n      kind\n      outgoingNumber\n    }\n    issuedDocuments {\n      id\n      kind\n      edition\n      number\n      issuedAt\n      issuedBy\n      htmlSha256\n      pdfSha256\n      pdfPath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintEvidence_complaint on Complaint {\n    evidence {\n      description\n      copies\n    }\n  }\n"): (typeof documents)["\n  fragment ComplaintEvidence_complaint on Complaint {\n    evidence {\n      description\n      copies\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintFacts_complaint on Complaint {\n    channel {\n      code\n      nameTh\n      nameEn\n    }\n    receivedAt\n    recordedAt\n    registerNumber\n    centerRegisterNumber\n    decision\n    units {\n      code\n      nameTh\n      nameEn\n    }\n    notAcceptedReason\n    orderNote\n    outcome\n    findings\n    details\n    requestedAction\n    incidentAt\n    incidentPlace\n  }\n"): (typeof documents)["\n  fragment ComplaintFacts_complaint on Complaint {\n    channel {\n      code\n      nameTh\n      nameEn\n    }\n    receivedAt\n    recordedAt\n    registerNumber\n    centerRegisterNumber\n    decision\n    units {\n      code\n      nameTh\n      nameEn\n    }\n    notAcceptedReason\n    orderNote\n    outcome\n    findings\n    details\n    requestedAction\n    incidentAt\n    incidentPlace\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintFileHeader_complaint on Complaint {\n    id\n    receiptNumber\n    subject\n    stage\n    voided\n    voidReason\n    ...NextDeadlineBadge_complaint\n  }\n"): (typeof documents)["\n  fragment ComplaintFileHeader_complaint on Complaint {\n    id\n    receiptNumber\n    subject\n    stage\n    voided\n    voidReason\n    ...NextDeadlineBadge_complaint\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintHistory_complaint on Complaint {\n    id\n    units {\n      code\n      nameTh\n      nameEn\n    }\n    events {\n      id\n      kind\n      at\n      actorName\n      data\n    }\n    ...ComplaintCorrections_complaint\n  }\n"): (typeof documents)["\n  fragment ComplaintHistory_complaint on Complaint {\n    id\n    units {\n      code\n      nameTh\n      nameEn\n    }\n    events {\n      id\n      kind\n      at\n      actorName\n      data\n    }\n    ...ComplaintCorrections_complaint\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintMoves_complaint on Complaint {\n    id\n    version\n    availableMoves\n    ...MoveDialog_complaint\n  }\n"): (typeof documents)["\n  fragment ComplaintMoves_complaint on Complaint {\n    id\n    version\n    availableMoves\n    ...MoveDialog_complaint\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintNotices_complaint on Complaint {\n    notices {\n      id\n      kind\n      method\n      sentAt\n    }\n  }\n"): (typeof documents)["\n  fragment ComplaintNotices_complaint on Complaint {\n    notices {\n      id\n      kind\n      method\n      sentAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintParties_complaint on Complaint {\n    anonymous\n    complainant {\n      fullName\n      age\n      phone\n      email\n      address {\n        houseNumber\n        moo\n        tambon\n        amphoe\n        changwat\n        postcode\n      }\n    }\n    accused {\n      fullName\n      position\n      unit\n      official {\n        id\n        fullName\n        position\n        division {\n          code\n          nameTh\n          nameEn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ComplaintParties_complaint on Complaint {\n    anonymous\n    complainant {\n      fullName\n      age\n      phone\n      email\n      address {\n        houseNumber\n        moo\n        tambon\n        amphoe\n        changwat\n        postcode\n      }\n    }\n    accused {\n      fullName\n      position\n      unit\n      official {\n        id\n        fullName\n        position\n        division {\n          code\n          nameTh\n          nameEn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintReferral_complaint on Complaint {\n    id\n    version\n    receiptNumber\n    availableMoves\n  }\n"): (typeof documents)["\n  fragment ComplaintReferral_complaint on Complaint {\n    id\n    version\n    receiptNumber\n    availableMoves\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralTargetsQuery {\n    referralTargets {\n      code\n      nameTh\n      nameEn\n      kind\n    }\n  }\n"): (typeof documents)["\n  query ReferralTargetsQuery {\n    referralTargets {\n      code\n      nameTh\n      nameEn\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReferComplaintMutation($input: ReferComplaintInput!) {\n    referComplaint(input: $input) {\n      complaint {\n        id\n        version\n        availableMoves\n        ...ComplaintReferralFacts_complaint\n        ...BoardPage_complaint\n      }\n      referredTo {\n        organisation {\n          code\n          nameTh\n          nameEn\n        }\n        receiptNumber\n        receivedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReferComplaintMutation($input: ReferComplaintInput!) {\n    referComplaint(input: $input) {\n      complaint {\n        id\n        version\n        availableMoves\n        ...ComplaintReferralFacts_complaint\n        ...BoardPage_complaint\n      }\n      referredTo {\n        organisation {\n          code\n          nameTh\n          nameEn\n        }\n        receiptNumber\n        receivedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintReferralFacts_complaint on Complaint {\n    originAgency\n    originReference\n    origin {\n      organisation {\n        code\n        nameTh\n        nameEn\n      }\n      receiptNumber\n    }\n    referral {\n      toOrganisationCode\n      organisation {\n        code\n        nameTh\n        nameEn\n      }\n      letterNumber\n      shareIdentity\n      referredAt\n      receivedAs\n      receivedAt\n    }\n  }\n"): (typeof documents)["\n  fragment ComplaintReferralFacts_complaint on Complaint {\n    originAgency\n    originReference\n    origin {\n      organisation {\n        code\n        nameTh\n        nameEn\n      }\n      receiptNumber\n    }\n    referral {\n      toOrganisationCode\n      organisation {\n        code\n        nameTh\n        nameEn\n      }\n      letterNumber\n      shareIdentity\n      referredAt\n      receivedAs\n      receivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintUnitReports_complaint on Complaint {\n    unitReports {\n      division {\n        code\n        nameTh\n        nameEn\n      }\n      outcome\n      findings\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment ComplaintUnitReports_complaint on Complaint {\n    unitReports {\n      division {\n        code\n        nameTh\n        nameEn\n      }\n      outcome\n      findings\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUpOrganisation($input: SetUpOrganisationInput!) {\n    setUpOrganisation(input: $input) {\n      organisation {\n        code\n        nameTh\n      }\n      admin\n    }\n  }\n"): (typeof documents)["\n  mutation SetUpOrganisation($input: SetUpOrganisationInput!) {\n    setUpOrganisation(input: $input) {\n      organisation {\n        code\n        nameTh\n      }\n      admin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicOrganisation {\n    firstRunPending\n    organisation {\n      code\n      nameTh\n      nameEn\n      emblemUrl\n    }\n  }\n"): (typeof documents)["\n  query PublicOrganisation {\n    firstRunPending\n    organisation {\n      code\n      nameTh\n      nameEn\n      emblemUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccusedMatchesQuery($accused: [AccusedInput!]!) {\n    accusedMatches(accused: $accused) {\n      accused\n      link\n      officials {\n        id\n        fullName\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccusedMatchesQuery($accused: [AccusedInput!]!) {\n    accusedMatches(accused: $accused) {\n      accused\n      link\n      officials {\n        id\n        fullName\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakePageQuery {\n    channels {\n      code\n      nameTh\n      nameEn\n    }\n    officials {\n      id\n      fullName\n      position\n      division {\n        code\n        nameTh\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query IntakePageQuery {\n    channels {\n      code\n      nameTh\n      nameEn\n    }\n    officials {\n      id\n      fullName\n      position\n      division {\n        code\n        nameTh\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordComplaint($input: RecordComplaintInput!) {\n    recordComplaint(input: $input) {\n      complaint {\n        id\n        receiptNumber\n        stage\n        version\n        ...ComplaintCard_complaint\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordComplaint($input: RecordComplaintInput!) {\n    recordComplaint(input: $input) {\n      complaint {\n        id\n        receiptNumber\n        stage\n        version\n        ...ComplaintCard_complaint\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoveDialogQuery {\n    divisions {\n      code\n      nameTh\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query MoveDialogQuery {\n    divisions {\n      code\n      nameTh\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MoveDialog_complaint on Complaint {\n    id\n    version\n    receiptNumber\n    availableNoticeKinds\n    notAcceptedReasons\n    reportingDivision {\n      code\n      nameTh\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  fragment MoveDialog_complaint on Complaint {\n    id\n    version\n    receiptNumber\n    availableNoticeKinds\n    notAcceptedReasons\n    reportingDivision {\n      code\n      nameTh\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeDraft($complaintId: ID!, $kind: NoticeKind!) {\n    noticeDraft(complaintId: $complaintId, kind: $kind) {\n      subject\n      to\n      paragraphs\n    }\n  }\n"): (typeof documents)["\n  query NoticeDraft($complaintId: ID!, $kind: NoticeKind!) {\n    noticeDraft(complaintId: $complaintId, kind: $kind) {\n      subject\n      to\n      paragraphs\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RegisterComplaint($input: RegisterComplaintInput!) {\n      registerComplaint(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation RegisterComplaint($input: RegisterComplaintInput!) {\n      registerComplaint(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SubmitForOrder($input: SubmitForOrderInput!) {\n      submitForOrder(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation SubmitForOrder($input: SubmitForOrderInput!) {\n      submitForOrder(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrderComplaint($input: OrderComplaintInput!) {\n      orderComplaint(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation OrderComplaint($input: OrderComplaintInput!) {\n      orderComplaint(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DistributeComplaint($input: DistributeComplaintInput!) {\n      distributeComplaint(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation DistributeComplaint($input: DistributeComplaintInput!) {\n      distributeComplaint(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AppointCommittee($input: AppointCommitteeInput!) {\n      appointCommittee(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation AppointCommittee($input: AppointCommitteeInput!) {\n      appointCommittee(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ResolveComplaint($input: ResolveComplaintInput!) {\n      resolveComplaint(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation ResolveComplaint($input: ResolveComplaintInput!) {\n      resolveComplaint(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SendNotice($input: SendNoticeInput!) {\n      sendNotice(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation SendNotice($input: SendNoticeInput!) {\n      sendNotice(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CloseComplaint($input: CloseComplaintInput!) {\n      closeComplaint(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation CloseComplaint($input: CloseComplaintInput!) {\n      closeComplaint(input: $input) {\n        complaint {\n          id\n          ...BoardPage_complaint\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OversightBodies {\n    organisation {\n      code\n      nameTh\n      nameEn\n      kind\n    }\n    organisations {\n      code\n      nameTh\n      nameEn\n      kind\n      parent {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query OversightBodies {\n    organisation {\n      code\n      nameTh\n      nameEn\n      kind\n    }\n    organisations {\n      code\n      nameTh\n      nameEn\n      kind\n      parent {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OversightStatistics($organisationCode: String!, $fiscalYear: Int!, $quarter: Int) {\n    organisationStatistics(organisationCode: $organisationCode, fiscalYear: $fiscalYear, quarter: $quarter) {\n      organisationCode\n      bodies\n      fiscalYear\n      quarter\n      received\n      inProgress\n      closed\n      notAccepted\n      overdue\n      deadlineCompliance {\n        rule {\n          code\n          nameTh\n          nameEn\n          manualRef\n        }\n        met\n        metLate\n        overdue\n        pending\n        cancelled\n      }\n    }\n  }\n"): (typeof documents)["\n  query OversightStatistics($organisationCode: String!, $fiscalYear: Int!, $quarter: Int) {\n    organisationStatistics(organisationCode: $organisationCode, fiscalYear: $fiscalYear, quarter: $quarter) {\n      organisationCode\n      bodies\n      fiscalYear\n      quarter\n      received\n      inProgress\n      closed\n      notAccepted\n      overdue\n      deadlineCompliance {\n        rule {\n          code\n          nameTh\n          nameEn\n          manualRef\n        }\n        met\n        metLate\n        overdue\n        pending\n        cancelled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewPageQuery($fiscalYear: Int!, $quarter: Int) {\n    organisation {\n      code\n    }\n    year: complaintStatistics(fiscalYear: $fiscalYear, quarter: $quarter) {\n      fiscalYear\n      quarter\n      received\n      inProgress\n      closed\n      notAccepted\n      fromDamrongdhama {\n        received\n        completed\n        completionRate\n      }\n      byChannel {\n        count\n        channel {\n          code\n          nameTh\n          nameEn\n        }\n      }\n      byDivision {\n        count\n        division {\n          code\n          nameTh\n          nameEn\n        }\n      }\n      byMonth {\n        month\n        received\n      }\n      deadlineCompliance {\n        rule {\n          code\n          nameTh\n          nameEn\n        }\n        met\n        metLate\n        overdue\n        pending\n        cancelled\n      }\n    }\n    board {\n      columns {\n        stage\n        complaints {\n          id\n          stage\n          receiptNumber\n          subject\n          deadlines {\n            rule {\n              code\n              nameTh\n              nameEn\n            }\n            dueAt\n            dueSoonAt\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewPageQuery($fiscalYear: Int!, $quarter: Int) {\n    organisation {\n      code\n    }\n    year: complaintStatistics(fiscalYear: $fiscalYear, quarter: $quarter) {\n      fiscalYear\n      quarter\n      received\n      inProgress\n      closed\n      notAccepted\n      fromDamrongdhama {\n        received\n        completed\n        completionRate\n      }\n      byChannel {\n        count\n        channel {\n          code\n          nameTh\n          nameEn\n        }\n      }\n      byDivision {\n        count\n        division {\n          code\n          nameTh\n          nameEn\n        }\n      }\n      byMonth {\n        month\n        received\n      }\n      deadlineCompliance {\n        rule {\n          code\n          nameTh\n          nameEn\n        }\n        met\n        metLate\n        overdue\n        pending\n        cancelled\n      }\n    }\n    board {\n      columns {\n        stage\n        complaints {\n          id\n          stage\n          receiptNumber\n          subject\n          deadlines {\n            rule {\n              code\n              nameTh\n              nameEn\n            }\n            dueAt\n            dueSoonAt\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubmissionChallenge {\n    submissionChallenge\n  }\n"): (typeof documents)["\n  query SubmissionChallenge {\n    submissionChallenge\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterPageQuery($filter: ComplaintFilter, $first: Int, $after: String) {\n    complaints(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          receiptNumber\n          receivedAt\n          subject\n          stage\n          voided\n          channel {\n            code\n            nameTh\n            nameEn\n          }\n          units {\n            code\n            nameTh\n            nameEn\n          }\n          deadlines {\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegisterPageQuery($filter: ComplaintFilter, $first: Int, $after: String) {\n    complaints(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          receiptNumber\n          receivedAt\n          subject\n          stage\n          voided\n          channel {\n            code\n            nameTh\n            nameEn\n          }\n          units {\n            code\n            nameTh\n            nameEn\n          }\n          deadlines {\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterChoicesQuery {\n    channels {\n      code\n      nameTh\n      nameEn\n    }\n    divisions {\n      code\n      nameTh\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query RegisterChoicesQuery {\n    channels {\n      code\n      nameTh\n      nameEn\n    }\n    divisions {\n      code\n      nameTh\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitComplaint($input: SubmitComplaintInput!) {\n    submitComplaint(input: $input) {\n      receiptNumber\n      trackingCode\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitComplaint($input: SubmitComplaintInput!) {\n    submitComplaint(input: $input) {\n      receiptNumber\n      trackingCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginSecondFactorEnrolment {\n    beginSecondFactorEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n"): (typeof documents)["\n  mutation BeginSecondFactorEnrolment {\n    beginSecondFactorEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmSecondFactor($input: ConfirmSecondFactorInput!) {\n    confirmSecondFactor(input: $input) {\n      recoveryCodes\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmSecondFactor($input: ConfirmSecondFactorInput!) {\n    confirmSecondFactor(input: $input) {\n      recoveryCodes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecondFactorPolicy {\n    secondFactorPolicy {\n      required\n      roles\n    }\n  }\n"): (typeof documents)["\n  query SecondFactorPolicy {\n    secondFactorPolicy {\n      required\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSecondFactorRequired($required: Boolean!) {\n    setSecondFactorRequired(required: $required) {\n      required\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation SetSecondFactorRequired($required: Boolean!) {\n    setSecondFactorRequired(required: $required) {\n      required\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableSecondFactor($input: DisableSecondFactorInput!) {\n    disableSecondFactor(input: $input) {\n      user {\n        id\n        secondFactorEnabled\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DisableSecondFactor($input: DisableSecondFactorInput!) {\n    disableSecondFactor(input: $input) {\n      user {\n        id\n        secondFactorEnabled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      roles\n      mustChangePassword\n      secondFactorEnabled\n      mustEnrolSecondFactor\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      username\n      displayName\n      roles\n      mustChangePassword\n      secondFactorEnabled\n      mustEnrolSecondFactor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        username\n        displayName\n        roles\n        mustChangePassword\n        secondFactorEnabled\n        mustEnrolSecondFactor\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        username\n        displayName\n        roles\n        mustChangePassword\n        secondFactorEnabled\n        mustEnrolSecondFactor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackComplaint($code: String!) {\n    trackComplaint(code: $code) {\n      receiptNumber\n      receivedAt\n      stage\n      stageTh\n      stageEn\n      notices {\n        kind\n        method\n        sentAt\n        letter {\n          subjectTh\n          paragraphsTh\n          fromTh\n        }\n      }\n      messages {\n        from\n        body\n        at\n      }\n      attachments {\n        fileName\n        sha256\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrackComplaint($code: String!) {\n    trackComplaint(code: $code) {\n      receiptNumber\n      receivedAt\n      stage\n      stageTh\n      stageEn\n      notices {\n        kind\n        method\n        sentAt\n        letter {\n          subjectTh\n          paragraphsTh\n          fromTh\n        }\n      }\n      messages {\n        from\n        body\n        at\n      }\n      attachments {\n        fileName\n        sha256\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTrackingMessage($input: SendTrackingMessageInput!) {\n    sendTrackingMessage(input: $input) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation SendTrackingMessage($input: SendTrackingMessageInput!) {\n    sendTrackingMessage(input: $input) {\n      ok\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;