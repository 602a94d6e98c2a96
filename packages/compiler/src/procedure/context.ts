// The context and events of a compiled procedure machine: plain, serialisable data.
import type { Value } from '../ir.js';

/** Who acted: every action event carries it. */
export interface ActorRef {
  readonly id: string;
  readonly role: string;
  readonly unit: string;
}

export interface UnitResult {
  readonly unit: string;
  readonly outcome: string | null;
  readonly at: number;
  readonly late: boolean;
}

export interface LateRecord {
  readonly step: string;
  readonly at: number;
  /** For fan-out steps: the units that had not submitted by the deadline. */
  readonly units?: readonly string[];
}

export interface ProcedureContext {
  readonly dossier: Readonly<Record<string, Value>>;
  readonly unit: string | null;
  readonly owner: string | null;
  /** Subordinate units a fan-out step runs its procedure for. */
  readonly subunits: readonly string[];
  readonly enteredAt: Readonly<Record<string, number>>;
  /** Run-time events whose dates are known, `YYYY-MM-DD`. */
  readonly events: Readonly<Record<string, string>>;
  /** Reminders already sent, as `step:index`. */
  readonly reminded: readonly string[];
  readonly late: readonly LateRecord[];
  readonly units: Readonly<Record<string, readonly UnitResult[]>>;
  /** Set while a step is re-entered only to re-arm a long timer. */
  readonly rearming: string | null;
}

export interface ProcedureInput {
  readonly dossier?: Readonly<Record<string, Value>>;
  readonly unit?: string;
  readonly owner?: string;
  readonly subunits?: readonly string[];
  readonly events?: Readonly<Record<string, string>>;
}

/** An action on a dossier: `{ type: 'nộp', actor, data? }`. */
export interface ActionEvent {
  readonly type: string;
  readonly actor: ActorRef;
  readonly data?: Readonly<Record<string, Value>>;
}

export interface ProcedureOutput {
  readonly outcome: string | null;
  readonly late: readonly LateRecord[];
}
