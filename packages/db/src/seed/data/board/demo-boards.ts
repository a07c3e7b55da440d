import type { DemoBoard } from './demo-board-types.ts';
import { gavleborgBoard } from './gavleborg.ts';
import { harnosandTimraBoard } from './harnosand-timra.ts';
import { insjoriketBoard } from './insjoriket.ts';

/** The demo förbund's boards and bodies (issue 21), loaded by `seedDemoBoard`. */
export const demoBoards: readonly DemoBoard[] = [gavleborgBoard, harnosandTimraBoard, insjoriketBoard];
