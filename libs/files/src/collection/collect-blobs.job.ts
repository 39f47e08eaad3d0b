import { JobType } from '@3ipet/queue';

/** Deletes stored objects whose rows are gone or never came (see BlobCollector). */
@JobType('files.collect-blobs', { queue: 'files-maintenance', attempts: 3, backoffMs: 60_000 })
export class CollectBlobsJob {}
