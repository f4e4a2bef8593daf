import type { StoryGlobals } from '../ink/runner.ts';
import type { Profile } from '../records/profile.ts';

/** What a story may read about the trainee: `VAR component = "military"` varies the role by component. */
export function storyGlobals(profile: Pick<Profile, 'component'> | null): StoryGlobals {
  return profile ? { component: profile.component } : {};
}
