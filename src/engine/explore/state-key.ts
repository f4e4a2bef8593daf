/**
 * A key for "the same story state", so the explorer can merge paths that reach it. Ink's saved state also holds
 * things that do not change what can happen next (text already shown, thread numbering, the turn counter);
 * the key leaves them out.
 */

interface SavedThread {
  callstack: unknown[];
  threadIndex: number;
}
interface SavedChoice {
  text: string;
  targetPath: string;
  originalThreadIndex: number;
}
interface SavedFlow {
  callstack: { threads: SavedThread[] };
  choiceThreads?: Record<string, SavedThread>;
  currentChoices: SavedChoice[];
}
interface SavedState {
  flows: Record<string, SavedFlow>;
  currentFlowName: string;
  variablesState: unknown;
  evalStack: unknown;
  visitCounts: Record<string, number>;
  turnIndices: Record<string, number>;
  turnIdx: number;
  storySeed: number;
  previousRandom: number;
}

/** Choice containers (`knot.0.c-1`): their visit counts only matter if the same choice is offered again. */
const CHOICE_CONTAINER = /\.c-\d+$/;

export function stateKey(savedJson: string, keepChoiceVisits: boolean): string {
  const s = JSON.parse(savedJson) as SavedState;
  const keep = (path: string) => keepChoiceVisits || !CHOICE_CONTAINER.test(path);
  const visits = Object.entries(s.visitCounts).filter(([p]) => keep(p));
  // TURNS_SINCE depends on how long ago, not on the absolute turn number.
  const turns = Object.entries(s.turnIndices)
    .filter(([p]) => keep(p))
    .map(([p, t]) => [p, s.turnIdx - t]);
  const flows = Object.entries(s.flows).map(([name, flow]) => {
    const threadOf = (i: number) =>
      flow.choiceThreads?.[String(i)]?.callstack ??
      flow.callstack.threads.find((t) => t.threadIndex === i)?.callstack;
    return [
      name,
      flow.callstack.threads.map((t) => t.callstack),
      flow.currentChoices.map((c) => [c.text, c.targetPath, threadOf(c.originalThreadIndex)]),
    ];
  });
  return JSON.stringify([
    flows,
    s.currentFlowName,
    s.variablesState,
    s.evalStack,
    visits,
    turns,
    s.storySeed,
    s.previousRandom,
  ]);
}
