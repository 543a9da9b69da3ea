/**
 * Core data types shared by the parser, the rules, the rubric and every adapter.
 * Positions are 0-based lines and 0-based UTF-16 columns (the VS Code convention);
 * adapters that print 1-based positions convert at the edge.
 */

export type Severity = 'error' | 'warning' | 'info';

export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A text edit expressed in document offsets (converted to ranges by adapters). */
export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  /** Shown as the quick-fix title, e.g. "Replace 'Kafka' with 'RocketMQ'". */
  title: string;
  edits: TextEdit[];
}

export interface Finding {
  rule: string;
  severity: Severity;
  messageId: string;
  message: string;
  /**
   * The exact range of the offending phrase. When the phrase lies on a later line than
   * the sentence, list item or row it belongs to, the range starts at that unit's start,
   * so `range.start.line` is always the line LABELS.md counts (the unit's first line).
   */
  range: Range;
  fix?: Fix;
}
