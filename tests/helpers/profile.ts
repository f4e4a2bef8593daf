import type { Profile } from '../../src/engine/records/profile.ts';

/** A trainee profile for tests; pass only what a test depends on. */
export function testProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    id: 'p1',
    name: 'Test Trainee',
    serviceNumber: '',
    component: 'police',
    sex: 'female',
    country: 'Ghana',
    mission: '',
    stage: 'pre-deployment',
    language: 'en',
    ...overrides,
  };
}
