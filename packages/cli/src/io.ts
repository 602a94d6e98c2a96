// The CLI's boundary with the process: output sinks, working directory, environment.

/** What a command may touch outside itself. Tests pass fakes; bin/tdkt.js passes the real process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  /** Whether stderr is a terminal (progress bars and colours only then). */
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Exit codes of design.md: 0 all good, 1 a check found problems, 2 bad input or usage. */
export const ExitCode = { Ok: 0, Problems: 1, BadInput: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export type { Lang } from '@tdkt/calendar';
