/** A profile: the interview track an answer is written for. */

export type ProfileId = 'alibaba-pm' | 'alibaba-tpm' | 'ant-pm' | 'alihealth-pm';

/** Parts an answer can have; `missing-section` checks the ones a profile requires. */
export type PartId = 'impact' | 'constraints' | 'design' | 'risks' | 'parties' | 'liability' | 'states';

export interface AxisDef {
  id: string;
  label: string;
  /** One line: what interviewers look for on this axis. */
  lookFor: string;
}

export interface TemplateSection {
  /** Snippet body in VS Code snippet syntax (tab stops ${1:placeholder}). */
  title: string;
  body: string;
}

export interface Profile {
  id: ProfileId;
  label: string;
  description: string;
  axes: AxisDef[];
  /** Parts the answer must have (missing-section). */
  requiredParts: PartId[];
  /** Rule ids that do not apply to this profile (everything else does). */
  excludedRules: string[];
  /** Template sections, in order, for "New Answer". */
  template: TemplateSection[];
  /** Practice prompts in the guides' style. */
  prompts: string[];
}
