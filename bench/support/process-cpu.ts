import { existsSync, readdirSync, readFileSync } from 'node:fs';

export type CpuSplit = Record<'node' | 'postgres' | 'redis', number>;

/**
 * CPU seconds used so far by this process, the PostgreSQL server (all its processes) and the Redis server,
 * from Linux /proc; null elsewhere. Shows where a run's time went, next to its throughput.
 */
export function cpuSeconds(): CpuSplit | null {
  if (!existsSync('/proc/self/stat')) return null;
  const totals: CpuSplit = { node: 0, postgres: 0, redis: 0 };
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // the process ended between the listing and the read
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime, in clock ticks (100 a second on Linux)
    const seconds = (Number(fields[11]) + Number(fields[12])) / 100;
    if (Number(pid) === process.pid) totals.node += seconds;
    else if (name.startsWith('postgres')) totals.postgres += seconds;
    else if (name.startsWith('redis-server')) totals.redis += seconds;
  }
  return totals;
}

/** CPU per item of work, in microseconds, between two readings. */
export function cpuPerItem(before: CpuSplit | null, after: CpuSplit | null, items: number): string {
  if (!before || !after) return 'cpu split not available';
  const part = (key: keyof CpuSplit) => `${key} ${Math.round(((after[key] - before[key]) * 1e6) / items)}`;
  return `cpu µs per item: ${part('node')}, ${part('postgres')}, ${part('redis')}`;
}
