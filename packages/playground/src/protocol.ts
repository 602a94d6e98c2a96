// Messages between the page and the worker that runs the language service (plain data, structured-clone safe).
import type { Lang } from '@tdkt/calendar';
import type { CompletionList, EditorDiagnostic, Hover, Position, TextEdit } from '@tdkt/language-service';

export type { Lang };

/** What the page asks; every request carries an id the answer repeats. */
export type Request =
  | {
      readonly id: number;
      readonly method: 'open';
      readonly file: string;
      readonly text: string;
      readonly files: Readonly<Record<string, string>>;
    }
  | { readonly id: number; readonly method: 'change'; readonly text: string }
  | { readonly id: number; readonly method: 'lang'; readonly lang: Lang }
  | { readonly id: number; readonly method: 'analyse' }
  | { readonly id: number; readonly method: 'hover'; readonly position: Position }
  | { readonly id: number; readonly method: 'complete'; readonly position: Position; readonly explicit: boolean }
  | { readonly id: number; readonly method: 'format' }
  | { readonly id: number; readonly method: 'words' };

/** Keyword and time-word spellings (lower case), for the page's highlighter. */
export interface Words {
  readonly keywords: readonly string[];
  readonly times: readonly string[];
}

/** The check results beside the editor: statuses, problems, and the pictures. */
export interface Views {
  readonly title: string;
  readonly checks: readonly {
    readonly id: string;
    readonly title: string;
    readonly status: string;
    readonly errors: number;
    readonly warnings: number;
  }[];
  readonly problems: readonly {
    readonly severity: 'error' | 'warning';
    readonly code: string;
    readonly message: string;
    readonly line?: number;
  }[];
  readonly gantt: string;
  readonly diagrams: readonly { readonly name: string; readonly title: string; readonly svg: string }[];
}

export interface Analysis {
  readonly diagnostics: readonly EditorDiagnostic[];
  /** Undefined when the file has errors: the checks need a valid file (the last views stay). */
  readonly views: Views | undefined;
  readonly ms: number;
}

export type Answer =
  | {
      readonly id: number;
      readonly result: null | Analysis | Hover | CompletionList | readonly TextEdit[] | Words | undefined;
    }
  | { readonly id: number; readonly error: string };
