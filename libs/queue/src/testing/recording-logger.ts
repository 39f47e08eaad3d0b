import type { LoggerService } from '@nestjs/common';

export interface LoggedLine {
  level: 'log' | 'error' | 'warn' | 'debug' | 'verbose' | 'fatal';
  message: string;
}

/** Keeps the log in memory so tests can assert on it (and expected failures do not flood the output). */
export class RecordingLogger implements LoggerService {
  readonly lines: LoggedLine[] = [];

  log(message: unknown): void {
    this.record('log', message);
  }
  error(message: unknown): void {
    this.record('error', message);
  }
  warn(message: unknown): void {
    this.record('warn', message);
  }
  debug(message: unknown): void {
    this.record('debug', message);
  }
  verbose(message: unknown): void {
    this.record('verbose', message);
  }
  fatal(message: unknown): void {
    this.record('fatal', message);
  }

  messages(level: LoggedLine['level']): string[] {
    return this.lines.filter((line) => line.level === level).map((line) => line.message);
  }

  private record(level: LoggedLine['level'], message: unknown): void {
    this.lines.push({ level, message: String(message) });
  }
}
