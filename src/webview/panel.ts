/**
 * The rubric panel's browser script (built to dist/webview/panel.js). It only renders the
 * state the extension posts and posts back what the user clicked. Every message is validated
 * on receipt; document text is only ever inserted with textContent.
 */
import { isToWebview, isPanelState, type AnswerState, type FromWebview, type PanelAxis, type PanelState } from './messages';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const post = (m: FromWebview): void => vscode.postMessage(m);

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`panel: #${id} missing`);
  return el as T;
}

const emptyView = byId('empty');
const answerView = byId('answer');
const fileName = byId('file');
const profileSelect = byId<HTMLSelectElement>('profile');
const skippedNote = byId('skipped');
const axesList = byId<HTMLUListElement>('axes');
const findingsList = byId<HTMLUListElement>('findings');
const noFindings = byId('no-findings');
const speaking = byId('speaking');

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderAxis(axis: PanelAxis): HTMLLIElement {
  const li = el('li', 'axis');
  li.dataset.axisId = axis.id;
  const head = el('div', 'axis-head');
  const label = el('span', 'axis-label', axis.label);
  label.title = axis.lookFor;
  head.append(label, el('span', 'axis-score', `${axis.score}/5`));
  const bar = el('div', 'bar');
  bar.setAttribute('role', 'meter');
  bar.setAttribute('aria-valuemin', '0');
  bar.setAttribute('aria-valuemax', '5');
  bar.setAttribute('aria-valuenow', String(axis.score));
  bar.setAttribute('aria-label', `${axis.label}: ${axis.score} of 5`);
  const fill = el('div', 'bar-fill');
  fill.style.width = `${(Math.max(0, Math.min(5, axis.score)) / 5) * 100}%`;
  bar.append(fill);
  li.append(head, bar);
  if (axis.lookFor) li.append(el('p', 'look-for', axis.lookFor));

  if (axis.evidence.length > 0) {
    const list = el('ul', 'evidence');
    list.setAttribute('aria-label', `Evidence for ${axis.label}`);
    for (const ev of axis.evidence) {
      const a = el('a', 'evidence-link', `L${ev.line + 1}: ${ev.text}`);
      a.href = '#';
      a.dataset.line = String(ev.line);
      a.addEventListener('click', e => { e.preventDefault(); post({ type: 'reveal', line: ev.line }); });
      const item = el('li');
      item.append(a);
      list.append(item);
    }
    li.append(list);
  }
  if (axis.missing.length > 0) {
    const list = el('ul', 'missing');
    list.setAttribute('aria-label', `What an interviewer would ask about ${axis.label}`);
    for (const q of axis.missing) list.append(el('li', undefined, q));
    li.append(list);
  }
  return li;
}

function renderAnswer(s: AnswerState): void {
  fileName.textContent = s.fileName;
  fileName.title = s.uri;

  profileSelect.replaceChildren(...s.profiles.map(p => {
    const o = el('option', undefined, p.label);
    o.value = p.id;
    return o;
  }));
  profileSelect.value = s.profile;

  skippedNote.hidden = !s.skipped;
  skippedNote.textContent = s.skipped ?? '';

  axesList.replaceChildren(...s.axes.map(renderAxis));

  findingsList.replaceChildren(...s.findings.map(f => {
    const li = el('li');
    const b = el('button', 'rule-count');
    b.type = 'button';
    b.dataset.rule = f.rule;
    b.title = `Go to the next ${f.rule} finding`;
    b.append(el('span', 'rule-id', f.rule), el('span', 'count', String(f.count)));
    b.addEventListener('click', () => post({ type: 'nextFinding', rule: f.rule }));
    const docs = el('a', 'docs-link', 'docs');
    docs.href = '#';
    docs.title = `Documentation for ${f.rule}`;
    docs.addEventListener('click', e => { e.preventDefault(); post({ type: 'openDocs', rule: f.rule }); });
    li.append(b, docs);
    return li;
  }));
  noFindings.hidden = s.findings.length > 0 || !!s.skipped;

  const { minutes, targetMinutes, tooLong } = s.speaking;
  speaking.className = tooLong ? 'too-long' : minutes > targetMinutes ? 'over-target' : '';
  speaking.textContent = tooLong
    ? `About ${minutes} min spoken: over 20 minutes, far past the ${targetMinutes}-minute target. Cut it down.`
    : minutes > targetMinutes
      ? `About ${minutes} min spoken: over the ${targetMinutes}-minute target.`
      : `About ${minutes} min spoken (target ${targetMinutes} min).`;
}

function render(state: PanelState): void {
  const empty = state.kind === 'empty';
  emptyView.hidden = !empty;
  answerView.hidden = empty;
  if (state.kind === 'answer') renderAnswer(state);
  vscode.setState(state);
}

profileSelect.addEventListener('change', () => post({ type: 'switchProfile', profile: profileSelect.value }));
byId('new-answer').addEventListener('click', () => post({ type: 'newAnswer' }));

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (!isToWebview(event.data)) return;
  render(event.data.state);
});

const saved = vscode.getState();
if (isPanelState(saved)) render(saved);
post({ type: 'ready' });
