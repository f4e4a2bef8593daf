/** Resolves in a later task (a zero-delay timer), so a page doing long work in steps can paint and answer between. */
export const nextTask = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));
