// The CLI's boundary with the process: output sinks, working directory, environment, clock; exit codes.

/** What a command may touch outside itself. Tests pass fakes; bin/tdkt.js passes `processIo()`. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  /** Whether stderr is a terminal (progress bars and colours only then). */
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Wall time in epoch milliseconds: the only way a command learns "now" (tests pass a fixed time). */
  readonly now: () => number;
}

/**
 * Exit codes: 0 all good, 1 a check found problems, 2 bad input or usage (including a file that cannot
 * be read or written), 70 an internal error (a bug in tdkt, never the user's mistake; EX_SOFTWARE).
 */
export const ExitCode = { Ok: 0, Problems: 1, BadInput: 2, Internal: 70 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export type { Lang } from '@tdkt/calendar';
