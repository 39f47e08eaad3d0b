export interface JobContext {
  jobId: string;
  jobType: string;
  queue: string;
  /** 1 on the first try, 2 on the first retry, … */
  attempt: number;
  maxAttempts: number;
}
