/** A share drawn as a bar beside its figure: decoration only (the figure is in words beside it). */
import { h } from '../../dom.ts';

export function shareBar(share: number): HTMLElement {
  const fill = h('span', {});
  // Set through the CSSOM: the page's policy forbids inline style attributes, not this.
  fill.style.inlineSize = `${Math.round(Math.max(0, Math.min(1, share)) * 100)}%`;
  return h('span', { class: 'share-bar', 'aria-hidden': 'true' }, fill);
}
