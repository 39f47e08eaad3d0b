import type { enFiles } from './en-files';

/** 技术条目的图片与文件（见 zh.ts）。 */
export const zhFiles: typeof enFiles = {
  files: {
    heading: '图片与文件',
    intro: '添加项目现场照片及宣传册或技术参数表（PDF）。第一张图片作为封面显示在搜索结果中。',
    saveFirst: '请先保存条目，再添加图片与文件。',
    choose: '添加文件',
    accepted: '支持 PDF、PNG、JPEG 或 WebP。',
    documentRole: 'PDF 文件类型',
    roles: { image: '图片', brochure: '宣传册', datasheet: '技术参数表', document: '文件' },
    uploading: '正在上传 {{name}}…',
    uploaded: '已添加 {{name}}。',
    progress: '{{name}} 上传进度',
    images: '图片',
    documents: '文件',
    none: '尚无图片或文件。',
    remove: '删除',
    removeLabel: '删除 {{name}}',
    removed: '已删除 {{name}}。',
    moveUp: '上移',
    moveUpLabel: '上移 {{name}}',
    imageOf: '{{title}} 的第 {{number}} 张图片',
    open: '查看原图',
    download: '下载 {{name}}',
    failed: '未能添加 {{name}}：{{reason}}',
    errors: {
      acceptedContentType: '文件不是 PDF、PNG、JPEG 或 WebP（按文件内容判断，而非文件名）。',
      extensionMatchesContent: '文件名与内容不符（例如图片被命名为 .pdf），请重新命名。',
      maxBytes: '文件超过单个文件允许的大小。',
      quotaPerOrganization: '贵机构的存储空间已用完，请删除不再需要的文件。',
      decodableImage: '无法读取该图片，可能已损坏或像素过多。',
      safeFileName: '文件名不被允许，请使用不含文件夹或隐藏字符的普通名称。',
      network: '无法连接服务器，请检查网络后重试。',
    },
  },
};
