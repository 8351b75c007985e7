/**
 * The fields that say what a commitment is (issue 14): kind, actor, action, deliverable and
 * whether the Kamer is the recipient, read off one parse of the sentence's main clause.
 */
import type { Commitment } from '../../model/letter.js';
import { actionOf } from './action.js';
import { actorOf } from './actor.js';
import { parseClause } from './clause.js';
import { deliverableOf } from './deliverable.js';
import { kindOf } from './kind.js';
import { toParliament } from './parliament.js';

export type Description = Pick<Commitment, 'kind' | 'actor' | 'action' | 'deliverable' | 'toParliament'>;

/** Sentences and list items run together in one commitment: the one that holds the time is read. */
const PIECES = /(?<=[.!?])\d{0,2}\s+(?=[-–•▪]?\s*\p{Lu})|;\s+|\s[•▪]\s+|:\s+(?=[-–•▪]|\d+[:.)]\s)/u;

/** What every place PIECES splits at holds: without it the text is one piece. */
const MAY_SPLIT = /[.!?][\d\s]|[;:•▪]\s/u;

function pieceWith(text: string, whenText: string | null): string {
  if (!MAY_SPLIT.test(text)) return text;
  const pieces = text.split(PIECES).filter((p) => p.trim().length > 0);
  if (pieces.length < 2) return text;
  const withTime = whenText ? pieces.find((p) => p.includes(whenText)) : undefined;
  return withTime ?? pieces[0] ?? text;
}

export function describeCommitment(text: string, whenText: string | null = null): Description {
  const piece = pieceWith(text, whenText && whenText.length > 0 ? whenText : null);
  const clause = parseClause(piece);
  const action = actionOf(clause);
  const parliament = toParliament(piece, action);
  let actor = actorOf(clause);
  const kind = kindOf(clause, actor, parliament);
  // an implicit actor of a forecast is not the government
  if (actor.text === null && kind === 'expectation') actor = { ...actor, government: false };
  const deliverable = deliverableOf(clause, action, whenText && whenText.length > 0 ? whenText : null);
  return { kind, actor, action, deliverable, toParliament: parliament };
}

/** For the property test: PIECES and the test that tells it cannot split. */
export const piecesForTest = { PIECES, MAY_SPLIT };
