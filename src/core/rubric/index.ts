/**
 * The rubric: score every axis of the profile from concrete evidence in the answer (0 when
 * there is none), attach the evidence lines and the interviewer's questions for what is
 * missing, and estimate speaking time.
 */
import type { AnswerModel } from '../model';
import type { Profile } from '../profiles/types';
import type { Finding } from '../types';
import { DETECTORS } from './axes';
import { buildDoc } from './doc';
import { runDetector } from './grade';
import { speakingTime, TARGET_MINUTES, TOO_LONG_MINUTES } from './speaking-time';
import type { AxisScore, Rubric } from './types';

export function scoreRubric(model: AnswerModel, profile: Profile, findings: Finding[]): Rubric {
  const doc = buildDoc(model, findings);
  const axes: AxisScore[] = profile.axes.map(axis => {
    const detector = DETECTORS.get(axis.id);
    if (!detector) return { ...axis, score: 0, evidence: [], missing: [`No detector for axis '${axis.id}'.`] };
    return { ...axis, ...runDetector(detector, doc) };
  });
  const speech = speakingTime(model);
  return {
    profile: profile.id,
    axes,
    speakingMinutes: speech.minutes,
    targetMinutes: TARGET_MINUTES,
    tooLong: speech.minutes > TOO_LONG_MINUTES,
    englishWords: speech.englishWords,
    chineseChars: speech.chineseChars,
  };
}

export { DETECTORS } from './axes';
export { clearRubricCache, rubricCacheStats } from './cache';
export { countText, speakingTime } from './speaking-time';
