import type { enVerification } from './en-verification';

/** 机构认证的中文文本（见 zh.ts）。 */
export const zhVerification: typeof enVerification = {
  confirmDialog: {
    cancel: '取消',
    reasonTooShort: '请填写至少 {{min}} 个字符的原因，机构会看到这段说明。',
  },
  verification: {
    tabs: { pending: '待认证', verified: '已认证', rejected: '未通过' },
    reject: '拒绝',
    verifyLabel: '认证 {{name}}',
    rejectLabel: '拒绝 {{name}}',
    withdrawLabel: '撤销 {{name}} 的认证',
    reason: '原因（机构可见）',
    reasonWas: '原因：{{reason}}',
    decided: {
      verified: '{{name}} 于 {{date}} 认证',
      rejected: '{{name}} 于 {{date}} 拒绝',
      withdrawn: '{{name}} 于 {{date}} 撤销认证',
    },
    confirm: {
      verify: {
        title: '认证 {{name}}？',
        body: '其机构简介和技术条目将显示认证标志，并通过电子邮件和收件箱通知该机构。',
        button: '确认认证',
      },
      reject: {
        title: '拒绝 {{name}}？',
        body: '该机构保持未认证状态，并会收到原因说明。之后仍可再认证。',
        button: '拒绝',
      },
      withdraw: {
        title: '撤销 {{name}} 的认证？',
        body: '认证标志将从其简介和技术条目中移除，机构回到待认证列表，并会收到原因说明。',
        button: '撤销认证',
      },
    },
    own: {
      heading: '认证',
      pending: '待认证：审核员会尽快核实贵机构。',
      verified: '已认证：贵机构的简介和技术条目显示认证标志。',
      rejected: '未通过认证：审核员未能认证贵机构。',
      withdrawn: '贵机构的认证已被撤销；审核员会重新核实。',
      reason: '原因：{{reason}}',
      decidedAt: '决定日期：{{date}}。',
    },
  },
};
