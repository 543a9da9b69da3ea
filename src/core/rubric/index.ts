// TEMPORARY scaffold, replaced by the rubric implementation.
import type { AnswerModel } from '../model';
import type { Profile } from '../profiles/types';
import type { Finding } from '../types';
import type { Rubric } from './types';

export function scoreRubric(_model: AnswerModel, profile: Profile, _findings: Finding[]): Rubric {
  return { profile: profile.id, axes: profile.axes.map(a => ({ ...a, score: 0, evidence: [], missing: [] })), speakingMinutes: 0, targetMinutes: 12, tooLong: false, englishWords: 0, chineseChars: 0 };
}
