// The playground page: the editor, the worker that answers it, the views beside it, open/save, the language switch.
import {
  autocompletion,
  type Completion,
  type CompletionContext,
  type CompletionResult,
  completionKeymap,
  snippet,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { defaultHighlightStyle, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { type Diagnostic as CmDiagnostic, linter, lintKeymap, setDiagnostics } from '@codemirror/lint';
import { EditorState, type Text } from '@codemirror/state';
import { EditorView, highlightActiveLine, hoverTooltip, keymap, lineNumbers } from '@codemirror/view';
import type { CompletionList, EditorDiagnostic, Hover, Position, TextEdit } from '@tdkt/language-service';
import { bundledFiles, examples } from './files.js';
import { tdktLanguage } from './highlight.js';
import { t } from './i18n.js';
import { markdownToHtml } from './markdown.js';
import type { Analysis, Answer, Lang, Request, Views, Words } from './protocol.js';
import './style.css';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type Body = Request extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
const pending = new Map<number, Pending>();
let nextId = 1;
worker.onmessage = (event: MessageEvent<Answer>) => {
  const answer = event.data;
  const p = pending.get(answer.id);
  pending.delete(answer.id);
  if ('error' in answer) p?.reject(new Error(answer.error));
  else p?.resolve(answer.result);
};
function ask<T>(body: Body): Promise<T> {
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    worker.postMessage({ ...body, id } as Request);
  });
}

const params = new URLSearchParams(location.search);
let lang: Lang = params.get('lang') === 'en' ? 'en' : 'vi';
let file = 'workflows/kim-son-2020-2021.tdkt';
/** Set when `tdkt play FILE` serves the page: saving writes that file. */
let served = false;
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

const toPosition = (doc: Text, offset: number): Position => {
  const line = doc.lineAt(offset);
  return { line: line.number - 1, character: offset - line.from };
};
const toOffset = (doc: Text, p: Position): number => {
  if (p.line + 1 > doc.lines) return doc.length;
  const line = doc.line(p.line + 1);
  return Math.min(line.to, line.from + p.character);
};

/** Asks the worker for diagnostics and views of the current text; undefined when the text moved on meanwhile. */
async function check(view: EditorView): Promise<CmDiagnostic[] | undefined> {
  setStatus(t('checking', lang));
  const doc = view.state.doc;
  const analysis = await ask<Analysis>({ method: 'analyse' });
  // The text may have moved on while the worker was busy: the next run will catch up.
  if (view.state.doc !== doc) return undefined;
  renderViews(analysis.views, analysis.diagnostics);
  const errors = analysis.diagnostics.filter((d) => d.severity === 1).length;
  setStatus(`${t('checked', lang)} ${analysis.ms} ms${errors > 0 ? ` · ${errors} ${t('errors', lang)}` : ''}`);
  return analysis.diagnostics.map((d) => toCm(doc, d));
}

const lint = linter(async (view) => (await check(view)) ?? [], { delay: 300 });

function toCm(doc: Text, d: EditorDiagnostic): CmDiagnostic {
  const from = toOffset(doc, d.range.start);
  const to = Math.max(from, toOffset(doc, d.range.end));
  return {
    from,
    to,
    severity: d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'info',
    message: d.message,
    source: d.code,
  };
}

const hover = hoverTooltip(async (view, pos) => {
  const h = await ask<Hover | undefined>({ method: 'hover', position: toPosition(view.state.doc, pos) });
  if (!h) return null;
  return {
    pos: toOffset(view.state.doc, h.range.start),
    end: toOffset(view.state.doc, h.range.end),
    above: true,
    create: () => {
      const dom = document.createElement('div');
      dom.className = 'hover';
      dom.innerHTML = markdownToHtml(h.contents);
      return { dom };
    },
  };
});

const KIND_TYPE: Readonly<Record<number, string>> = {
  3: 'function',
  5: 'property',
  6: 'variable',
  7: 'class',
  9: 'namespace',
  10: 'property',
  12: 'constant',
  14: 'keyword',
  15: 'text',
  20: 'enum',
  21: 'constant',
  23: 'type',
};

async function complete(context: CompletionContext): Promise<CompletionResult | null> {
  const word = context.matchBefore(/[\p{L}\p{M}\p{N}_]*/u);
  const before = context.state.doc.sliceString(Math.max(0, context.pos - 2), context.pos);
  if (!context.explicit && (word === null || word.from === word.to) && !/[ >,]$/u.test(before)) return null;
  const list = await ask<CompletionList>({
    method: 'complete',
    position: toPosition(context.state.doc, context.pos),
    explicit: context.explicit || (word !== null && word.from < word.to),
  });
  if (list.items.length === 0) return null;
  const options: Completion[] = list.items.map((i) => ({
    label: i.label,
    type: KIND_TYPE[i.kind] ?? 'text',
    ...(i.detail === undefined ? {} : { detail: i.detail }),
    ...(i.documentation === undefined ? {} : { info: i.documentation }),
    boost: -Number(i.sortText.slice(0, 1)),
    apply: i.snippet ? snippet(i.textEdit.newText) : i.textEdit.newText,
  }));
  return { from: context.pos - list.word.length, options, filter: false };
}

function applyEdits(view: EditorView, edits: readonly TextEdit[]): void {
  const doc = view.state.doc;
  view.dispatch({
    changes: edits.map((e) => ({
      from: toOffset(doc, e.range.start),
      to: toOffset(doc, e.range.end),
      insert: e.newText,
    })),
  });
}

const view = new EditorView({ parent: $('editor') });
/** Set once the worker has sent the keyword spellings. */
let highlighter: ReturnType<typeof tdktLanguage> | undefined;
function editorState(text: string): EditorState {
  return EditorState.create({
    doc: text,
    extensions: [
      lineNumbers(),
      highlightActiveLine(),
      // Plans' lines are long sentences: wrap them rather than scroll sideways.
      EditorView.lineWrapping,
      history(),
      indentUnit.of('  '),
      ...(highlighter ? [highlighter] : []),
      syntaxHighlighting(defaultHighlightStyle),
      keymap.of([
        { key: 'Mod-s', preventDefault: true, run: () => (void save(), true) },
        { key: 'Shift-Alt-f', preventDefault: true, run: () => (void format(), true) },
        ...defaultKeymap,
        ...historyKeymap,
        ...completionKeymap,
        ...lintKeymap,
        indentWithTab,
      ]),
      lint,
      hover,
      autocompletion({ override: [complete], activateOnTyping: true }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) void ask({ method: 'change', text: update.state.doc.toString() });
      }),
    ],
  });
}

async function load(name: string, text: string, files: Readonly<Record<string, string>> = {}): Promise<void> {
  file = name;
  $('file-name').textContent = name;
  await ask({ method: 'open', file: name, text, files });
  view.setState(editorState(text));
}

async function save(): Promise<void> {
  const text = view.state.doc.toString();
  if (served) {
    const response = await fetch('./api/save', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tdkt': '1' },
      body: JSON.stringify({ text }),
    }).catch(() => undefined);
    setStatus(response?.ok ? t('saved', lang) : t('saveFailed', lang));
    return;
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  link.download = file.replace(/^.*\//u, '');
  link.click();
  URL.revokeObjectURL(link.href);
}

async function format(): Promise<void> {
  applyEdits(view, await ask<readonly TextEdit[]>({ method: 'format' }));
}

function setStatus(text: string): void {
  $('status').textContent = text;
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function renderViews(views: Views | undefined, diagnostics: readonly EditorDiagnostic[]): void {
  const summary = $('summary');
  if (!views) {
    summary.classList.add('stale');
    summary.querySelector('.banner')?.remove();
    summary.insertAdjacentHTML(
      'afterbegin',
      `<p class="banner">${escapeHtml(t('fixFirst', lang))} (${diagnostics.filter((d) => d.severity === 1).length} ${t('errors', lang)})</p>`,
    );
    return;
  }
  summary.classList.remove('stale');
  const checks = views.checks
    .map(
      (c) =>
        `<li class="check ${c.status}" data-check="${escapeHtml(c.id)}">${c.status === 'pass' ? '✔' : c.status === 'fail' ? '✘' : c.status === 'warn' ? '⚠' : '–'} ${escapeHtml(c.title)}${c.errors + c.warnings > 0 ? ` (${c.errors}/${c.warnings})` : ''}</li>`,
    )
    .join('');
  const problems = views.problems
    .map(
      (p) =>
        `<li class="problem ${p.severity}" data-code="${escapeHtml(p.code)}">${p.severity === 'error' ? '✘' : '⚠'} ${escapeHtml(p.message)}${p.line === undefined ? '' : ` <span class="loc">(${t('line', lang)} ${p.line})</span>`}</li>`,
    )
    .join('');
  summary.innerHTML = `<h1>${escapeHtml(views.title)}</h1>${views.gantt === '' ? `<p>${escapeHtml(t('noPlan', lang))}</p>` : ''}<ul class="checks">${checks}</ul><ul class="problems">${problems || `<li class="none">${escapeHtml(t('noProblems', lang))}</li>`}</ul>`;
  // The SVGs come from tdkt's own renderers, which escape every text they draw.
  $('gantt').innerHTML = views.gantt;
  $('diagrams').innerHTML = views.diagrams
    .map(
      (d, i) =>
        `<details${i < 2 ? ' open' : ''} data-procedure="${escapeHtml(d.name)}"><summary>${escapeHtml(d.title)} <small>(${escapeHtml(d.name)})</small></summary><div class="scroll">${d.svg}</div></details>`,
    )
    .join('');
}

function renderLabels(): void {
  document.documentElement.lang = lang;
  $('open').textContent = t('open', lang);
  $('save').textContent = served ? t('save', lang) : t('saveAs', lang);
  $('format').textContent = t('format', lang);
  $('gantt-title').textContent = t('gantt', lang);
  $('diagrams-title').textContent = t('diagrams', lang);
  $('lang').textContent = t('otherLang', lang);
  const select = $<HTMLSelectElement>('examples');
  select.innerHTML = `<option value="">${escapeHtml(t('examples', lang))}</option>${examples.map((e) => `<option value="${escapeHtml(e)}">${escapeHtml(e.replace(/^workflows\//u, ''))}</option>`).join('')}`;
}

$('lang').addEventListener('click', () => {
  lang = lang === 'vi' ? 'en' : 'vi';
  renderLabels();
  void ask({ method: 'lang', lang })
    .then(() => check(view))
    .then((diagnostics) => diagnostics && view.dispatch(setDiagnostics(view.state, diagnostics)));
});
$('open').addEventListener('click', () => $<HTMLInputElement>('open-input').click());
$<HTMLInputElement>('open-input').addEventListener('change', async (event) => {
  const picked = (event.target as HTMLInputElement).files?.[0];
  if (!picked) return;
  served = false;
  renderLabels();
  // A file opened from disk sits beside the seeds, so `dùng "../dsl/lib/…"` finds the bundled library.
  await load(`workflows/${picked.name}`, await picked.text());
});
$('save').addEventListener('click', () => void save());
$('format').addEventListener('click', () => void format());
$<HTMLSelectElement>('examples').addEventListener('change', (event) => {
  const name = (event.target as HTMLSelectElement).value;
  if (name !== '' && bundledFiles[name] !== undefined) {
    served = false;
    renderLabels();
    void load(name, bundledFiles[name]!);
  }
});

async function start(): Promise<void> {
  await ask({ method: 'lang', lang });
  const words = await ask<Words>({ method: 'words' });
  highlighter = tdktLanguage(words.keywords, words.times);
  const workspace = await fetch('./api/workspace')
    .then((r) =>
      r.ok ? (r.json() as Promise<{ file: string; text: string; files: Record<string, string> }>) : undefined,
    )
    .catch(() => undefined);
  served = workspace !== undefined;
  renderLabels();
  if (workspace) await load(workspace.file, workspace.text, workspace.files);
  else {
    const wanted = params.get('example');
    const name = examples.find((e) => e === `workflows/${wanted}.tdkt`) ?? file;
    await load(name, bundledFiles[name] ?? '');
  }
}
void start();
