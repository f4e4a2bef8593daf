/** Opens the projector window (or brings the open one forward): this app, routed to the audience view. */
import { audienceUrl } from './view.ts';

/** The window's name: opening it again reuses the same window rather than opening another. */
const WINDOW_NAME = 'waypoint-projector';

export function openAudienceWindow(): boolean {
  const opened = window.open(audienceUrl(new URL(window.location.href)), WINDOW_NAME, 'popup');
  opened?.focus();
  return opened !== null;
}
