// One analysed document: the language's analysis of it and its imports, their names, and reference resolution.
import { foldDiacritics } from '@tdkt/calendar';
import {
  type AnalysisResult,
  type LoadOptions,
  loadWorkspace,
  type ReadFile,
  type ResolvedTime,
  resolveImport,
} from '@tdkt/language';
import {
  type Declaration,
  type FileSymbols,
  fileSymbols,
  type Namespace,
  PROCEDURE_SCOPED,
  type Reference,
} from './symbols.js';
import { DocumentText } from './text.js';
import { timesOfModel } from './times.js';

/** The lookup key of a name: NFC, lower case (as the language's name tables). */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/**
 * A document analysed with everything it imports. Immutable: a new one is made after an edit.
 *
 * @example
 * const s = new Snapshot('kh.tdkt', read); s.declarationAt('kh.tdkt', 120)
 */
export class Snapshot {
  readonly analysis: AnalysisResult;
  readonly symbols: ReadonlyMap<string, FileSymbols>;
  /** Resolved times by `file:start` of their phrase. */
  readonly times: ReadonlyMap<string, ResolvedTime>;
  private readonly texts = new Map<string, DocumentText>();
  private readonly byKey = new Map<string, Declaration[]>();
  private readonly byFold = new Map<string, Declaration[]>();

  constructor(
    readonly entry: string,
    private readonly readFile: ReadFile,
    /** Editor texts of open documents (their raw text), by file. */
    open: (file: string) => DocumentText | undefined,
    options: LoadOptions = {},
  ) {
    this.analysis = loadWorkspace([entry], readFile, options);
    const symbols = new Map<string, FileSymbols>();
    for (const [file, loaded] of this.analysis.files) {
      // The open document's text as analysed: answers computed from this snapshot use its positions.
      const opened = open(file);
      if (opened) this.texts.set(file, opened);
      const s = fileSymbols(loaded.ast, (written) => resolveImport(file, written));
      symbols.set(file, s);
      for (const d of s.declarations) push(this.byKey, `${d.namespace}:${nameKey(d.name)}`, d);
    }
    this.symbols = symbols;
    this.times = timesOfModel(this.analysis.model);
  }

  /** The editor text of a loaded file as analysed (the open document's, else the file as read). */
  text(file: string): DocumentText | undefined {
    let t = this.texts.get(file);
    if (t === undefined) {
      const raw = this.readFile(file) ?? this.analysis.files.get(file)?.text;
      if (raw === undefined) return undefined;
      t = new DocumentText(raw);
      this.texts.set(file, t);
    }
    return t;
  }

  /** Every declaration of a namespace visible from a file: its own first, then the other loaded files'. */
  visible(namespace: Namespace, from: string, procedure?: string): Declaration[] {
    const all: Declaration[] = [];
    for (const s of this.symbols.values()) for (const d of s.declarations) if (d.namespace === namespace) all.push(d);
    if (PROCEDURE_SCOPED.has(namespace)) return all.filter((d) => d.file === from && d.procedure === procedure);
    return [...all.filter((d) => d.file === from), ...all.filter((d) => d.file !== from)];
  }

  /** The declaration a reference names, if any: exact name first, then without case and diacritics. */
  resolve(ref: Reference): Declaration | undefined {
    if (ref.ofProcedure) {
      const proc = this.resolve(ref.ofProcedure);
      if (proc === undefined) return undefined;
      // `với NAME = …` names a parameter, `bước S` a step, of the linked procedure.
      for (const ns of ref.namespaces) {
        const d = this.find(ns, ref.name, proc.file, proc.name);
        if (d) return d;
      }
      return undefined;
    }
    for (const ns of ref.namespaces) {
      const d = this.find(ns, ref.name, ref.file, ref.procedure);
      if (d) return d;
    }
    return undefined;
  }

  private find(ns: Namespace, name: string, from: string, procedure: string | undefined): Declaration | undefined {
    const scoped = PROCEDURE_SCOPED.has(ns);
    const fits = (d: Declaration): boolean => (scoped ? d.file === from && d.procedure === procedure : true);
    const pick = (list: Declaration[] | undefined): Declaration | undefined => {
      const ok = (list ?? []).filter(fits);
      return ok.find((d) => d.file === from) ?? ok[0];
    };
    return (
      pick(this.byKey.get(`${ns}:${nameKey(name)}`)) ??
      unique(
        this.folded()
          .get(`${ns}:${foldDiacritics(name)}`)
          ?.filter(fits),
      )
    );
  }

  /** Declarations by name without case and diacritics, built on the first lookup that needs it. */
  private folded(): Map<string, Declaration[]> {
    if (this.byFold.size === 0)
      for (const s of this.symbols.values())
        for (const d of s.declarations) push(this.byFold, `${d.namespace}:${foldDiacritics(d.name)}`, d);
    return this.byFold;
  }

  /** The declaration or reference whose name covers an offset of a file. */
  nameAt(file: string, offset: number): { declaration: Declaration; reference?: Reference } | undefined {
    const s = this.symbols.get(file);
    if (!s) return undefined;
    const inside = (span: { start: number; end: number }): boolean => offset >= span.start && offset <= span.end;
    const decl = s.declarations.find((d) => inside(d.span));
    if (decl) return { declaration: decl };
    const ref = s.references.find((r) => inside(r.span));
    if (!ref) return undefined;
    const target = this.resolve(ref);
    return target ? { declaration: target, reference: ref } : undefined;
  }

  /** Every reference in the loaded files that resolves to a declaration. */
  referencesTo(target: Declaration): Reference[] {
    const out: Reference[] = [];
    for (const s of this.symbols.values()) {
      for (const r of s.references) {
        const d = this.resolve(r);
        if (d && sameDeclaration(d, target)) out.push(r);
      }
    }
    return out;
  }
}

/** Whether two declarations are the same (same file, same name span). */
export function sameDeclaration(a: Declaration, b: Declaration): boolean {
  return a.file === b.file && a.span.start === b.span.start;
}

function unique(list: Declaration[] | undefined): Declaration | undefined {
  return list !== undefined && list.length === 1 ? list[0] : undefined;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
