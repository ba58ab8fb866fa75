import { countStaffFile } from './read-staff-file';
import type { StaffFileCounts, StaffJob, StaffJobProgress } from './staff-job';

/**
 * Counts every file of a job in turn. Progress is reported in bytes across all the files, so one
 * bar covers the whole job. Used inside the Worker, and in the page itself where no Worker exists.
 */
export async function runStaffJob(job: StaffJob, onProgress: (progress: StaffJobProgress) => void, signal?: AbortSignal): Promise<StaffFileCounts[]> {
  const bytesTotal = job.files.reduce((sum, file) => sum + file.file.size, 0);
  let before = 0;
  const counted: StaffFileCounts[] = [];
  for (const file of job.files) {
    counted.push(
      await countStaffFile(file, {
        ethnicCodeMapping: job.ethnicCodeMapping,
        ...(signal === undefined ? {} : { signal }),
        onProgress: ({ bytesDone, rows }) => onProgress({ bytesDone: before + bytesDone, bytesTotal, rows, fileName: file.file.name }),
      }),
    );
    before += file.file.size;
  }
  return counted;
}
