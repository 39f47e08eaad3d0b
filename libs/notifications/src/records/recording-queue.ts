/**
 * The queue of jobs that only record notices. They wait on the database, not the CPU, and
 * BatchedNotificationRecorder writes the notices of jobs running together in one statement: so this queue
 * runs many at once. Nothing here talks to the outside world (deliveries have their own queue), so a crash
 * mid-batch only re-runs jobs whose dedup keys make them add nothing.
 */
export const RECORDING_QUEUE = 'notifications';
export const RECORDING_CONCURRENCY = 200;
