/**
 * The rubric panel's message protocol, both directions, with hand-written type guards.
 * Imported by the webview script (browser) and by the extension (src/vscode/panel.ts):
 * no `vscode` import, no DOM use, so both bundles can take it.
 * Every message is checked on receipt; anything that does not match is dropped.
 */

export interface PanelAxis {
  id: string;
  label: string;
  lookFor: string;
  /** 0–5. */
  score: number;
  evidence: { line: number; text: string }[];
  /** The interviewer's questions for what is missing. */
  missing: string[];
}

export interface PanelRuleCount {
  rule: string;
  count: number;
}

export interface PanelProfile {
  id: string;
  label: string;
}

export interface AnswerState {
  kind: 'answer';
  /** Document URI (string) the state describes. */
  uri: string;
  fileName: string;
  profile: string;
  profiles: PanelProfile[];
  axes: PanelAxis[];
  findings: PanelRuleCount[];
  total: number;
  speaking: { minutes: number; targetMinutes: number; tooLong: boolean };
  /** Set when the document was too large to analyse. */
  skipped?: string;
}

export interface EmptyState {
  kind: 'empty';
}

export type PanelState = AnswerState | EmptyState;

/** Extension → webview. */
export type ToWebview = { type: 'state'; state: PanelState };

/** Webview → extension. */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'reveal'; line: number }
  | { type: 'nextFinding'; rule: string }
  | { type: 'switchProfile'; profile: string }
  | { type: 'openDocs'; rule: string }
  | { type: 'newAnswer' };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isLine = (v: unknown): v is number => isNum(v) && Number.isInteger(v) && v >= 0;
const isArr = <T>(v: unknown, item: (x: unknown) => x is T): v is T[] => Array.isArray(v) && v.every(item);
/** Rule and profile ids: lower-case words joined by hyphens. */
const isId = (v: unknown): v is string => isStr(v) && /^[a-z][a-z0-9-]{0,63}$/.test(v);

const isEvidence = (v: unknown): v is PanelAxis['evidence'][number] => isObj(v) && isLine(v.line) && isStr(v.text);
const isAxis = (v: unknown): v is PanelAxis =>
  isObj(v) && isStr(v.id) && isStr(v.label) && isStr(v.lookFor) && isNum(v.score) && v.score >= 0 && v.score <= 5 &&
  isArr(v.evidence, isEvidence) && isArr(v.missing, isStr);
const isRuleCount = (v: unknown): v is PanelRuleCount => isObj(v) && isId(v.rule) && isLine(v.count);
const isProfile = (v: unknown): v is PanelProfile => isObj(v) && isId(v.id) && isStr(v.label);

export function isPanelState(v: unknown): v is PanelState {
  if (!isObj(v)) return false;
  if (v.kind === 'empty') return true;
  if (v.kind !== 'answer') return false;
  const s = v.speaking;
  return isStr(v.uri) && isStr(v.fileName) && isId(v.profile) && isArr(v.profiles, isProfile) && isArr(v.axes, isAxis) &&
    isArr(v.findings, isRuleCount) && isLine(v.total) &&
    isObj(s) && isNum(s.minutes) && isNum(s.targetMinutes) && typeof s.tooLong === 'boolean' &&
    (v.skipped === undefined || isStr(v.skipped));
}

export function isToWebview(v: unknown): v is ToWebview {
  return isObj(v) && v.type === 'state' && isPanelState(v.state);
}

export function isFromWebview(v: unknown): v is FromWebview {
  if (!isObj(v)) return false;
  switch (v.type) {
    case 'ready': case 'newAnswer': return true;
    case 'reveal': return isLine(v.line);
    case 'nextFinding': case 'openDocs': return isId(v.rule);
    case 'switchProfile': return isId(v.profile);
    default: return false;
  }
}
