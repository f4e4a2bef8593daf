/**
 * The classroom's two windows on one device, kept in step without a network: the presenter posts its view after
 * every change and again whenever the projector says hello (so a projector window closed and opened again resumes
 * where the session is); the projector only listens, and asks.
 */
import { CHANNEL_NAME, readMessage } from './view.ts';
import type { AudienceView, ChannelMessage } from './view.ts';

export interface PresenterChannel {
  post(view: AudienceView): void;
  close(): void;
}

export function presenterChannel(name = CHANNEL_NAME): PresenterChannel {
  const channel = new BroadcastChannel(name);
  let last: AudienceView | null = null;
  const send = (message: ChannelMessage) => channel.postMessage(message);
  channel.addEventListener('message', (e: MessageEvent) => {
    // Anything but a request for the current view is ignored: the projector cannot change the session.
    if (readMessage(e.data)?.type === 'hello' && last) send({ type: 'view', view: last });
  });
  return {
    post(view) {
      const text = JSON.stringify(view);
      if (last && JSON.stringify(last) === text) return;
      last = JSON.parse(text) as AudienceView;
      send({ type: 'view', view: last });
    },
    close: () => channel.close(),
  };
}

export function audienceChannel(onView: (view: AudienceView) => void, name = CHANNEL_NAME): () => void {
  const channel = new BroadcastChannel(name);
  channel.addEventListener('message', (e: MessageEvent) => {
    const message = readMessage(e.data);
    if (message?.type === 'view') onView(message.view);
  });
  channel.postMessage({ type: 'hello' } satisfies ChannelMessage);
  return () => channel.close();
}
