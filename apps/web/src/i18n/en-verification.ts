/** English strings of organisation verification: the admins' decisions and what the organisation sees (see en.ts). */
export const enVerification = {
  confirmDialog: {
    cancel: 'Cancel',
    reasonTooShort: 'Write a reason of at least {{min}} characters; the organisation will read it.',
  },
  verification: {
    tabs: { pending: 'Waiting for verification', verified: 'Verified', rejected: 'Rejected' },
    reject: 'Reject',
    verifyLabel: 'Verify {{name}}',
    rejectLabel: 'Reject {{name}}',
    withdrawLabel: 'Withdraw the verification of {{name}}',
    reason: 'Reason, shown to the organisation',
    reasonWas: 'Reason: {{reason}}',
    decided: {
      verified: 'Verified by {{name}} on {{date}}',
      rejected: 'Rejected by {{name}} on {{date}}',
      withdrawn: 'Verification withdrawn by {{name}} on {{date}}',
    },
    confirm: {
      verify: {
        title: 'Verify {{name}}?',
        body: 'Its profile and listings will show the verified badge, and the organisation is told by e-mail and in its inbox.',
        button: 'Yes, verify',
      },
      reject: {
        title: 'Reject {{name}}?',
        body: 'The organisation stays unverified and is told why. You can still verify it later.',
        button: 'Reject',
      },
      withdraw: {
        title: 'Withdraw the verification of {{name}}?',
        body: 'The badge disappears from its profile and listings, it goes back to the waiting list, and it is told why.',
        button: 'Withdraw verification',
      },
    },
    own: {
      heading: 'Verification',
      pending: 'Waiting for verification: a curator will check your organisation soon.',
      verified: 'Verified: your profile and listings show the badge.',
      rejected: 'Not verified: a curator could not verify your organisation.',
      withdrawn: 'Your verification was withdrawn; a curator will check your organisation again.',
      reason: 'Reason given: {{reason}}',
      decidedAt: 'Decided on {{date}}.',
    },
  },
};
