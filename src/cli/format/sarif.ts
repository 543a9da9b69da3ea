/**
 * SARIF 2.1.0 output (GitHub code scanning and other SARIF viewers). Regions are 1-based,
 * columns in UTF-16 code units (declared with columnKind), end columns exclusive.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES, ruleDocsUrl, type Finding, type Range, type Severity } from '../../core';
import type { FileReport } from '../lint';
import { VERSION } from '../version';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

interface ArtifactLocation { uri: string; uriBaseId?: string }

function artifact(path: string, cwd: string): ArtifactLocation {
  const abs = resolve(cwd, path);
  const rel = relative(cwd, abs);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) {
    return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: pathToFileURL(abs).href };
}

const region = (r: Range) => ({
  startLine: r.start.line + 1, startColumn: r.start.column + 1, endLine: r.end.line + 1, endColumn: r.end.column + 1,
});

function result(f: Finding, location: ArtifactLocation, ruleIndex: number) {
  return {
    ruleId: f.rule,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: location, region: region(f.range) } }],
    ...(f.fix ? {
      fixes: [{
        description: { text: f.fix.title },
        artifactChanges: [{
          artifactLocation: location,
          replacements: f.fix.edits.map(e => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
        }],
      }],
    } : {}),
  };
}

export function formatSarif(files: readonly FileReport[], cwd: string): string {
  const ids = RULES.map(r => r.meta.id);
  const notifications: object[] = [];
  const results: object[] = [];
  for (const f of files) {
    const location = artifact(f.path, cwd);
    if (!f.analysis) {
      notifications.push({ level: 'error', message: { text: `${f.path}: ${f.error ?? 'not linted'}` }, locations: [{ physicalLocation: { artifactLocation: location } }] });
      continue;
    }
    for (const n of f.analysis.notices) {
      notifications.push({ level: 'warning', message: { text: n.message }, locations: [{ physicalLocation: { artifactLocation: location, region: { startLine: n.line + 1 } } }] });
    }
    for (const x of f.analysis.findings) results.push(result(x, location, ids.indexOf(x.rule)));
  }
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'debrief',
          version: VERSION,
          semanticVersion: VERSION,
          rules: RULES.map(r => ({
            id: r.meta.id,
            name: r.meta.id,
            shortDescription: { text: r.meta.description },
            helpUri: ruleDocsUrl(r.meta.id),
            defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
            properties: { tags: r.meta.tags },
          })),
        },
      },
      originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
      columnKind: 'utf16CodeUnits',
      invocations: [{ executionSuccessful: files.every(f => f.analysis), toolExecutionNotifications: notifications }],
      results,
    }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
