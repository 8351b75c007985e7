/** Whether a sentence is a commitment, and its governing time (see index.ts for the grammar). */
import type { When } from '../../model/letter.js';
import {
  decidedAt,
  isConditional,
  isForecast,
  isInForce,
  isPresentOfSending,
  isReportedQuestion,
  notFeasibleAt,
  performativeAt,
} from '../mood.js';
import { readTimes, type TimeExpression, type TimeReading } from '../time/index.js';
import { purposeRanges, timeRole } from '../time-role.js';
import { hasWord, REQUEST } from './grammar.js';
import {
  distance,
  isDocumentDate,
  onTheDay,
  type Placed,
  place,
  toTime,
  toWhen,
  UNDATED,
} from './placement.js';
import { analyseSentence } from './tense.js';

/**
 * Whether a sentence is a commitment, and its governing time. Returns null when it is not one;
 * `when` is UNDATED for a promise without a time (listed only on request).
 */
export function classifySentence(
  text: string,
  letterDate: string | null,
  requireTime = false,
): { when: When } | null {
  const result = classifyTimed(text, letterDate, requireTime);
  return result && !result.kind ? { when: onTheDay(text, result.when) } : null;
}

/**
 * A dated statement that is no promise or plan but a forecast ("De uitgaven stijgen in 2026", "Het
 * CPB verwacht ...") or a rule in force up to a time ("De regeling loopt tot 2025"): listed only when
 * `--kinds` asks for expectation or in-force.
 */
export type StatementKind = 'expectation' | 'in-force';

interface Classified {
  when: When;
  /** Set for a forecast or a rule in force (classifySentence leaves these out). */
  kind?: StatementKind;
}

/** classifySentence, and also forecasts and rules in force, with their kind. */
export function classifyStatement(
  text: string,
  letterDate: string | null,
  requireTime = false,
): Classified | null {
  const result = classifyTimed(text, letterDate, requireTime);
  if (!result) return null;
  // written out, not spread ({ ...result, when }): V8 copies a spread through a slow path
  const when = onTheDay(text, result.when);
  return result.kind === undefined ? { when } : { when, kind: result.kind };
}

function classifyTimed(text: string, letterDate: string | null, requireTime: boolean): Classified | null {
  // Only a sentence with a time in it can be a dated commitment: the grammar is read only then.
  const refDate = refDateOf(letterDate);
  // the sentence's times are parsed once; a sentence of one clause reads them again from that parse
  let times: Times | null = null;
  if (requireTime) {
    times = { reading: readTimes(text, refDate), nearest: null };
    if (expressionsOf(times, 'nearest').length === 0) return null;
  }
  // Clauses joined by a semicolon are judged on their own: "Vorige week heb ik ... gesproken; volgende week spreek ik ...",
  // and so are list items run together after a full stop ("... aan te bieden. - Vanaf 2023 komt er ...").
  const clauses = MAY_SPLIT_CLAUSES.test(text) ? text.split(CLAUSE_SPLIT) : [text];
  if (clauses.length > 1) {
    const results = clauses.map((c) => classifyClause(c, letterDate));
    // a promise or plan in any clause goes before a forecast or a rule in force in another
    const found = results.filter((r): r is Classified => r !== null);
    const own = found.filter((r) => !r.kind);
    const other = found.filter((r) => r.kind);
    return (
      own.find((r) => r.when.timex !== null) ??
      own[0] ??
      other.find((r) => r.when.timex !== null) ??
      other[0] ??
      null
    );
  }
  return classifyClause(text, letterDate, times);
}

/** The letter date as a Date, made once per letter (a letter's sentences share it; nothing changes it). */
let lastRef: { letterDate: string | null; date: Date | null } = { letterDate: null, date: null };
function refDateOf(letterDate: string | null): Date | null {
  if (!letterDate) return null;
  if (lastRef.letterDate !== letterDate) lastRef = { letterDate, date: new Date(`${letterDate}T00:00:00Z`) };
  return lastRef.date;
}

/** A text's times, parsed once, and its expressions read without a preference (once asked for). */
interface Times {
  reading: TimeReading;
  nearest: TimeExpression[] | null;
}

function expressionsOf(times: Times, prefer: 'future' | 'past' | 'nearest'): TimeExpression[] {
  if (prefer !== 'nearest') return times.reading.expressions({ prefer });
  times.nearest ??= times.reading.expressions({ prefer });
  return times.nearest;
}

/** Nothing but a list mark or an opening bracket before the time: it opens the clause. */
const FRONTED = /^[\s\-–•▪(]*$/u;

/** A semicolon, or a list item's dash or bullet right after a full stop. */
const CLAUSE_SPLIT = /;\s+|(?<=[.!?])\s+[-–•▪]\s+/u;

/** What every place CLAUSE_SPLIT splits at holds (no look-behind to try at each place): without it, one clause. */
const MAY_SPLIT_CLAUSES = /;\s|[.!?]\s+[-–•▪]\s/u;

/** For the property test: CLAUSE_SPLIT and its quick test. */
export const clauseSplitForTest = { CLAUSE_SPLIT, MAY_SPLIT_CLAUSES };

/** "zie https://...", "zie www....": a reference to a page. */
const SEE_LINK = /(?<![\p{L}])zie\s+(?:https?:\/\/|www\.)/iu;

/** A leading conditional or temporal clause: "Als het wetsvoorstel in 2025 wordt aangenomen, ...". */
const LEADING_CONDITION = /^(?:als|indien|wanneer|zodra|nadat|mits|tenzij)\s[^,]{0,300},/iu;

function classifyClause(
  text: string,
  letterDate: string | null,
  times: Times | null = null,
): Classified | null {
  // A question asks, it does not promise: "Bent u bereid om voor 1 januari 2025 ...?"
  if (/\?\s*["”’)]?\s*$/u.test(text)) return null;
  const condition = LEADING_CONDITION.exec(text);
  const conditionEnd = condition ? condition[0].length : 0;
  const analysis = analyseSentence(text);
  // "Hierbij stuur ik u ...": the letter itself does the sending, now.
  // (only a future cue can be the present of sending)
  const performative = analysis.strongFuture.length > 0 ? performativeAt(text) : -1;
  if (performative >= 0) {
    analysis.strongFuture = analysis.strongFuture.filter((i) => !isPresentOfSending(text, i, performative));
  }
  // "... dat het niet mogelijk blijkt om uw Kamer voor eind 2025 te informeren": what will not be done,
  // unless a future form after it makes a promise of its own ("..., maar ik zal u in maart informeren").
  const notFeasible = notFeasibleAt(text);
  if (notFeasible >= 0 && !analysis.strongFuture.some((i) => i > notFeasible)) return null;
  const ref = letterDate ? (refDateOf(letterDate)?.getTime() ?? null) : null;
  const hasStrong = analysis.strongFuture.length > 0;
  // "De uitgaven zullen in 2026 stijgen": a forecast of a figure, unless the government is the subject.
  if (hasStrong && onlyWillOrShall(text, analysis.strongFuture) && isForecast(text)) return null;
  const hasPast = analysis.past.length > 0;
  const prefer = hasStrong ? 'future' : hasPast ? 'past' : 'nearest';
  const refDate = refDateOf(letterDate);
  const purposes = purposeRanges(text);
  const placed = expressionsOf(times ?? { reading: readTimes(text, refDate), nearest: null }, prefer)
    .filter(
      (e) =>
        (e.timex !== null || e.relative) &&
        !isDocumentDate(text, e) &&
        !(letterDate && e.timex === letterDate),
    )
    .map((e) => place(e, ref, timeRole(text, e, purposes)))
    // a date line says nothing about when
    .filter((p) => p.role !== 'dateline');
  const cues = [...analysis.strongFuture, ...analysis.weakFuture].sort((a, b) => a - b);
  const nearest = (list: Placed[]): Placed | undefined => {
    // A time put first, before the finite verb ("Vanaf 2023 komt er ...", "In 2030 koopt de overheid
    // ..."), is the main clause's time (Dutch verb-second order).
    const fronted = list.find(
      (p) => p.expression.index < 8 && FRONTED.test(text.slice(0, p.expression.index)),
    );
    if (fronted) return fronted;
    let best: Placed | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const p of list) {
      // the main clause's time governs, not the condition's
      const d = distance(p.expression, cues) + (p.expression.index < conditionEnd ? text.length : 0);
      if (best === undefined || d < bestDistance) [best, bestDistance] = [p, d];
    }
    return best;
  };

  // "Ook vroeg de heer X naar ...": the member asks; the answer, if any, is another sentence.
  // (asked only on the way to a promise: every other way ends in null as well)
  if (hasStrong && isReportedQuestion(text)) return null;
  if (hasStrong) {
    // Without a letter date, a time nearer to a past form than to a future one belongs to the past
    // ("... de Raadsconclusies van 1 december 2020 waarin ... is benadrukt").
    const timed = placed.filter(
      (p) =>
        !p.past &&
        (p.expression.timex !== null || ref === null) &&
        (ref !== null || !hasPast || distance(p.expression, cues) <= distance(p.expression, analysis.past)),
    );
    // the period something covers ("voor de periode 2024-2027") or a name's year ("het Belastingplan
    // 2026") dates a promise only when nothing else does ("bij de BO's MIRT 2025")
    const when = timed.filter((p) => p.role !== 'span' && p.role !== 'title');
    const candidates = when.length > 0 ? when : timed;
    const future = candidates.filter((p) => p.future);
    // a named time ("eind dit jaar") says more than a vague one ("de komende periode")
    const pick =
      nearest(future.filter((p) => p.expression.timex !== 'FUTURE_REF')) ??
      nearest(future) ??
      nearest(candidates);
    // A past report with a dated past event and only a vague future ("Op 31 mei 2010 waren er ... en
    // werden er op korte termijn nog twee verwacht") tells what was expected then.
    if (
      pick &&
      hasPast &&
      pick.expression.timex === 'FUTURE_REF' &&
      placed.some((p) => p.past && !p.expression.relative)
    ) {
      return null;
    }
    // "heb ik de toezegging gedaan uw Kamer begin 2014 te informeren" (in April 2014): a deed with a
    // time now mostly behind is a report of an earlier promise, not an open one
    // (the deed governs when it comes before the future form: not "..., die menen dat zij schade hebben geleden")
    if (
      pick &&
      analysis.deed &&
      ref !== null &&
      !pick.future &&
      (analysis.past[0] ?? Number.POSITIVE_INFINITY) < (analysis.strongFuture[0] ?? 0)
    )
      return null;
    if (pick) return { when: toWhen(pick.expression) };
    if (analysis.habitual) return null;
    return { when: UNDATED };
  }
  // Present tense, or a past form next to a time after the letter date ("is in 2026 afgerond").
  // A habitual statement ("normaliter in het voorjaar") needs an explicit, anchored time, and so does
  // any present tense: a vague time there ("zo spoedig mogelijk", "de komende periode moeten we
  // rekening houden met ...") is a manner or a circumstance, not the date of a plan; with a future
  // form ("Ik zal u zo spoedig mogelijk informeren") it counts.
  // A time that is a goal ("om ... in 2050 te halen"), a noun's attribute or a covered period does
  // not date a present-tense statement.
  const future = placed.filter(
    (p) =>
      p.future &&
      !p.vagueLong &&
      !p.loose &&
      p.expression.timex !== null &&
      p.expression.timex !== 'FUTURE_REF' &&
      p.role === null,
  );
  // Without such a time nothing below can date the sentence (every path picks from `future`).
  if (future.length === 0) return null;
  if (isReportedQuestion(text)) return null;
  // a pointer to a web page ("Nederland Circulair in 2050, zie https://..."): a title, no statement
  if (SEE_LINK.test(text)) return null;
  if (hasWord(REQUEST, text)) return null;
  // Conditional mood, a forecast, or a state in force up to a time: no promise.
  // (a forecast or a rule in force is kept with its kind, unless it tells of a deed or a past time)
  const statement = (kind: StatementKind): Classified | null => {
    if (analysis.deed || placed.some((p) => p.past)) return null;
    const pick = nearest(future);
    return pick ? { when: toWhen(pick.expression), kind } : null;
  };
  if (isConditional(text)) return null;
  if (isForecast(text) || analysis.othersExpect) return statement('expectation');
  // ("loopt tot 2025", "geldt van 2021 t/m 2027": up to a time, or a period already running)
  if (
    isInForce(text) &&
    future.some(
      (p) =>
        p.expression.modifier === 'before' ||
        (ref !== null && p.expression.start !== null && (toTime(p.expression.start) ?? 0) < ref),
    )
  )
    return statement('in-force');
  if (hasPast) {
    // a deed done ("heeft ingezet op ... in 2020") is past, whatever its object's time, unless the
    // time is in a reported clause after it ("heeft aangekondigd dat de regeling in 2026 wordt afgeschaft")
    // or the deed is a decision whose content is still to come ("heeft besloten om in 2026 ...")
    const content = Math.min(firstThatAfter(text, analysis.past[0]), decidedAt(text));
    if (analysis.deed && !future.some((p) => content < p.expression.index)) return null;
    const strictlyLater = future.filter((p) => p.expression.timex !== 'FUTURE_REF');
    const pick = nearest(strictlyLater);
    return pick && !placed.some((p) => p.past) ? { when: toWhen(pick.expression) } : null;
  }
  const pick = nearest(future);
  return pick ? { when: toWhen(pick.expression) } : null;
}

/**
 * Where the first "dat" (a complement clause) after the first past form is: a time after it is the
 * clause's, not the deed's. Infinity when there is none.
 */
const THAT = /(?<![\p{L}])dat(?![\p{L}])/giu;
function firstThatAfter(text: string, first: number | undefined): number {
  if (first === undefined) return Number.POSITIVE_INFINITY;
  THAT.lastIndex = first;
  const m = THAT.exec(text);
  return m ? m.index : Number.POSITIVE_INFINITY;
}

/** Whether every strong future cue is the auxiliary zal/zullen or "naar verwachting" (no intention verb). */
function onlyWillOrShall(text: string, cues: readonly number[]): boolean {
  return cues.every((i) =>
    /^(?:zal|zullen|zult|naar\s+verwachting)(?![\p{L}])/iu.test(text.slice(i, i + 20)),
  );
}
