import type { FileReport } from '../lint';

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  /** Files linted. */
  files: number;
  /** Files that could not be read or linted. */
  unreadable: number;
}

export function summarize(files: readonly FileReport[]): Summary {
  const s: Summary = { errors: 0, warnings: 0, infos: 0, files: 0, unreadable: 0 };
  for (const f of files) {
    if (!f.analysis) { s.unreadable++; continue; }
    s.files++;
    for (const x of f.analysis.findings) {
      if (x.severity === 'error') s.errors++;
      else if (x.severity === 'warning') s.warnings++;
      else s.infos++;
    }
  }
  return s;
}
