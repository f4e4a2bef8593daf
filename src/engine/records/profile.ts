/** A trainee's profile, as PRODUCT.md lists it. Plain data. */

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

/** Returns a list of problems (empty when the draft is usable). */
export function validateProfile(draft: ProfileDraft): { field: keyof ProfileDraft; message: string }[] {
  const problems: { field: keyof ProfileDraft; message: string }[] = [];
  if (draft.name.trim().length === 0) problems.push({ field: 'name', message: 'Enter your name.' });
  if (draft.name.length > 120)
    problems.push({ field: 'name', message: 'Keep the name under 120 characters.' });
  if (!COMPONENTS.includes(draft.component))
    problems.push({ field: 'component', message: 'Choose a component.' });
  if (draft.country.trim().length === 0) {
    problems.push({ field: 'country', message: 'Enter your contributing country.' });
  }
  return problems;
}
