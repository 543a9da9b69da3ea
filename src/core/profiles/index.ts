/** The four profiles. Each lives in its own file; this is the registry. */
import { alibabaPm } from './alibaba-pm';
import { alibabaTpm } from './alibaba-tpm';
import { antPm } from './ant-pm';
import { alihealthPm } from './alihealth-pm';
import type { Profile, ProfileId } from './types';

export const PROFILES: readonly Profile[] = [alibabaPm, alibabaTpm, antPm, alihealthPm];
export const DEFAULT_PROFILE: ProfileId = 'alibaba-pm';
export const PROFILE_IDS = PROFILES.map(p => p.id);

export function findProfile(id: string | undefined): Profile | undefined {
  return PROFILES.find(p => p.id === id);
}

export type { Profile, ProfileId } from './types';
