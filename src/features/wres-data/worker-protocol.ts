import type { StaffFileCounts, StaffFileHeader, StaffJob, StaffJobProgress } from './staff-job';

/** What the page asks the Worker: read a file's header, or count a whole job. */
export type ToWorker = { readonly type: 'header'; readonly file: File } | { readonly type: 'count'; readonly job: StaffJob };

/** What the Worker answers. Errors cross as their message only. */
export type FromWorker =
  | { readonly type: 'header'; readonly header: StaffFileHeader }
  | { readonly type: 'progress'; readonly progress: StaffJobProgress }
  | { readonly type: 'counted'; readonly counts: StaffFileCounts[] }
  | { readonly type: 'failed'; readonly message: string };
