/** A trainee's profile: who they are, for their records and the disaggregated figures. Plain data. */

export const COMPONENTS = ['military', 'police', 'civilian'] as const;
export type Component = (typeof COMPONENTS)[number];

export const SEXES = ['female', 'male', 'unstated'] as const;
export type Sex = (typeof SEXES)[number];

export const STAGES = ['pre-deployment', 'in-mission'] as const;
export type TrainingStage = (typeof STAGES)[number];

export interface Profile {
  id: string;
  name: string;
  serviceNumber: string;
  component: Component;
  sex: Sex;
  country: string;
  mission: string;
  stage: TrainingStage;
  language: string;
  /** The course or cohort the trainer gave (optional; older records have none). */
  cohort?: string;
}

export type ProfileDraft = Omit<Profile, 'id'>;

export type ProfileProblem = 'nameMissing' | 'nameTooLong' | 'componentMissing' | 'countryMissing';

/** Returns what is wrong with a draft, as codes the interface words in the trainee's language. */
export function validateProfile(
  draft: ProfileDraft,
): { field: keyof ProfileDraft; problem: ProfileProblem }[] {
  const problems: { field: keyof ProfileDraft; problem: ProfileProblem }[] = [];
  if (draft.name.trim().length === 0) problems.push({ field: 'name', problem: 'nameMissing' });
  if (draft.name.length > 120) problems.push({ field: 'name', problem: 'nameTooLong' });
  if (!COMPONENTS.includes(draft.component))
    problems.push({ field: 'component', problem: 'componentMissing' });
  if (draft.country.trim().length === 0) problems.push({ field: 'country', problem: 'countryMissing' });
  return problems;
}
