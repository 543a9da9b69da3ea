import type { ProfileId } from '../profiles/types';

export interface Evidence {
  /** 0-based line of the evidence. */
  line: number;
  /** A short excerpt (≤ 80 characters) of the evidence. */
  text: string;
}

export interface AxisScore {
  id: string;
  label: string;
  lookFor: string;
  /** 0–5; 0 when there is no concrete evidence. */
  score: number;
  evidence: Evidence[];
  /** What is missing, phrased as the interviewer's question. */
  missing: string[];
}

export interface Rubric {
  profile: ProfileId;
  axes: AxisScore[];
  /** Estimated speaking time for the answer, in minutes (one decimal). */
  speakingMinutes: number;
  targetMinutes: number;
  /** True over 20 minutes. */
  tooLong: boolean;
  englishWords: number;
  chineseChars: number;
}
