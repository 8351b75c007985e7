/**
 * The scoring rules of ../shared/eval/score.mjs as a function, so that `npm run eval` runs the
 * pipeline in-process and scores with exactly the same matching rules. Keep the body of `score`
 * identical to the shared script's (only the reading of files is left out).
 */
const norm = (s) =>
  String(s ?? '')
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201E]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s*-\s*(?=\S)/g, (m) => (m.trim() === '-' ? m.replace(/\s+/g, ' ') : m))
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const squash = (s) => norm(s).replace(/[^\p{L}\p{N}]+/gu, '');
const stripNum = (h) => norm(h).replace(/^(\d+(\.\d+)*)[.)]?\s+/, '');
const arr = (x) => (Array.isArray(x) ? x : []);
const f1 = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const round = (x) => Math.round(x * 1000) / 1000;

/** Score one letter's output (the JSON of `extract --format json`) against its gold. */
export function score(gold, out) {
  const m = {};
  const c = {}; // raw counts for micro-averaging: [ok, n] or [tp, pred, gold]
  // metadata
  const md = out.metadata ?? {};
  const gm = gold.metadata ?? {};
  const metaChecks = [];
  if (gm.date !== undefined) metaChecks.push(md.date === gm.date);
  if (gm.reference !== undefined) metaChecks.push(squash(md.reference) === squash(gm.reference));
  if (gm.subject !== undefined)
    metaChecks.push(squash(md.subject).includes(squash(gm.subject)) && squash(gm.subject).length > 0);
  if (gm.ministry !== undefined) metaChecks.push(squash(md.ministry) === squash(gm.ministry));
  // Names are compared without academic and courtesy titles (mr., drs., dr., ir., prof., mevr., mw., dhr., MSc);
  // a role matches when the printed function is contained in the parser's role (which may add "namens deze").
  const TITLES =
    /^(?:(?:mr|drs|dr|ir|ing|prof|mevr|mw|dhr)(?:\.\s*|\s+))+|\s+(?:msc|ma|llm|bsc|mba|phd)\.?$/giu;
  const person = (n) =>
    squash(
      String(n ?? '')
        .trim()
        .replace(TITLES, ' '),
    );
  const role = (r) => squash(String(r ?? '').replace(/^\s*de\s+/i, ''));
  for (const s of arr(gm.signatories)) {
    const hit = arr(md.signatories).find((x) => person(x?.name) === person(s.name));
    metaChecks.push(!!hit);
    if (s.role) metaChecks.push(!!hit && role(hit.role).includes(role(s.role)) && role(s.role).length > 0);
  }
  if (gm.kamerstuk !== undefined) {
    const d = (x) =>
      String(x ?? '')
        .toUpperCase()
        .replace(/[^0-9A-Z]/g, '');
    metaChecks.push(
      d(md.kamerstuk?.dossier) === d(gm.kamerstuk.dossier) &&
        d(md.kamerstuk?.number) === d(gm.kamerstuk.number),
    );
  }
  c.metadata = [metaChecks.filter(Boolean).length, metaChecks.length];
  m.metadata = metaChecks.length ? round(metaChecks.filter(Boolean).length / metaChecks.length) : null;

  // headings
  const sections = arr(out.sections);
  const predHeads = sections
    .filter((s) => norm(s?.heading) !== '')
    .map((s) => ({ h: squash(stripNum(s.heading)), s }));
  // A gold file without a key was not annotated for that fact: it is left out of that figure.
  const hasHeads = gold.headings !== undefined;
  const goldHeads = arr(gold.headings);
  let hitH = 0,
    topicOk = 0,
    topicN = 0,
    numOk = 0,
    numN = 0;
  const used = new Set();
  for (const g of goldHeads) {
    const key = squash(stripNum(g.heading));
    const i = predHeads.findIndex((p, k) => !used.has(k) && p.h === key);
    if (i < 0) {
      if (arr(g.topics).length) topicN++;
      if (g.number) numN++;
      continue;
    }
    used.add(i);
    hitH++;
    const s = predHeads[i].s;
    if (arr(g.topics).length) {
      topicN++;
      if (g.topics.every((t) => arr(s.topics).includes(t))) topicOk++;
    }
    if (g.number) {
      numN++;
      if (String(s.number ?? '') === g.number) numOk++;
    }
  }
  const hp = predHeads.length ? hitH / predHeads.length : 0;
  const hr = goldHeads.length ? hitH / goldHeads.length : 1;
  c.headings = hasHeads ? [hitH, predHeads.length, goldHeads.length] : [0, 0, 0];
  c.topics = [topicOk, topicN];
  m.headings = hasHeads
    ? {
        precision: round(hp),
        recall: round(hr),
        f1: round(f1(hp, hr)),
        predicted: predHeads.length,
        gold: goldHeads.length,
      }
    : null;
  m.topics = topicN ? round(topicOk / topicN) : null;
  m.numbers = numN ? round(numOk / numN) : null;

  // commitments
  const gc = gold.commitments ?? { must: [], allowed: [], past_not_commitments: [] };
  const preds = arr(out.commitments).map((c) => ({ t: squash(c?.text), c }));
  const matched = new Set();
  let found = 0,
    dated = 0;
  const missed = [];
  for (const g of arr(gc.must)) {
    const key = squash(g.contains);
    const i = preds.findIndex((p) => p.t.includes(key));
    if (i < 0) {
      missed.push(g.contains.slice(0, 60));
      continue;
    }
    found++;
    // any prediction containing the sentence with the right value counts (a sentence may hold two dates)
    const ok = preds.some((p, k) => {
      if (!p.t.includes(key)) return false;
      const w = p.c.when ?? {};
      const fits = (x) =>
        (x.timex_any ? x.timex_any.includes(w.timex) : w.timex === x.timex) &&
        (x.modifier === undefined || (w.modifier ?? null) === x.modifier);
      // `alternatives`: other (timex, modifier) pairs that mean the same ("voor het eind van het jaar" = 2016 end)
      const good = fits(g) || arr(g.alternatives).some(fits);
      if (good) matched.add(k);
      return good;
    });
    preds.forEach((p, k) => {
      if (p.t.includes(key)) matched.add(k);
    });
    if (ok) dated++;
    else missed.push('(date) ' + g.contains.slice(0, 50));
  }
  const allowed = arr(gc.allowed).map(squash);
  const past = arr(gc.past_not_commitments).map(squash);
  let fp = 0,
    pastHits = 0;
  // the same over the promises and plans alone (a commitment without a kind counts as one)
  const isPromiseOrPlan = (p) => p.c?.kind === undefined || p.c.kind === 'promise' || p.c.kind === 'plan';
  let ppPredicted = 0,
    ppFp = 0,
    ppPast = 0;
  const kinds = {};
  preds.forEach((p, k) => {
    const kind = p.c?.kind ?? 'none';
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    const pp = isPromiseOrPlan(p);
    if (pp) ppPredicted++;
    if (matched.has(k)) return;
    if (allowed.some((a) => p.t.includes(a) || a.includes(p.t))) return;
    fp++;
    if (pp) ppFp++;
    const isPast = past.some((a) => p.t.includes(a));
    if (isPast) pastHits++;
    if (isPast && pp) ppPast++;
  });
  c.promisePlan = gold.commitments === undefined ? [0, 0, 0] : [ppPredicted, ppFp, ppPast];
  c.kinds = gold.commitments === undefined ? {} : kinds;
  const cr = arr(gc.must).length ? found / gc.must.length : 1;
  const cp = preds.length ? (preds.length - fp) / preds.length : arr(gc.must).length ? 0 : 1;
  c.commitments =
    gold.commitments === undefined
      ? [0, 0, 0, 0, 0, 0]
      : [found, dated, arr(gc.must).length, preds.length, fp, pastHits];
  m.commitments =
    gold.commitments === undefined
      ? null
      : {
          recall: round(cr),
          dated_recall: round(arr(gc.must).length ? dated / gc.must.length : 1),
          precision: round(cp),
          predicted: preds.length,
          false_positives: fp,
          past_as_commitment: pastHits,
          missed,
        };

  // regions
  const regs = arr(out.regions);
  const byName = (n) => regs.filter((r) => squash(r?.name) === squash(n));
  const gr = gold.regions ?? {};
  const provs = arr(gr.provinces);
  c.provinces = [provs.filter((n) => byName(n).some((r) => r.type === 'province')).length, provs.length];
  m.provinces = provs.length
    ? round(provs.filter((n) => byName(n).some((r) => r.type === 'province')).length / provs.length)
    : null;
  const muns = arr(gr.municipalities);
  c.municipalities = [
    muns.filter((n) => byName(n).some((r) => r.type === 'municipality')).length,
    muns.length,
  ];
  m.municipalities = muns.length
    ? round(muns.filter((n) => byName(n).some((r) => r.type === 'municipality')).length / muns.length)
    : null;
  const traps = arr(gr.must_not_be_municipalities);
  m.false_municipalities = traps.filter((n) => byName(n).some((r) => r.type === 'municipality'));
  const allowedMun = new Set([...muns, ...arr(gr.also_municipalities), 'Groningen', 'Utrecht'].map(squash));
  m.unexpected_municipalities = gr.municipalities_exhaustive
    ? regs.filter((r) => r.type === 'municipality' && !allowedMun.has(squash(r.name))).map((r) => r.name)
    : undefined;

  // amounts
  const ams = arr(out.amounts);
  const ga = arr(gold.amounts);
  const amOk = ga.filter((g) =>
    ams.some(
      (a) =>
        Number(a?.value) === g.value &&
        squash(a?.unit) === squash(g.unit) &&
        (g.per === undefined || (a.per ?? null) === g.per),
    ),
  ).length;
  c.amounts = [amOk, ga.length];
  m.amounts = ga.length ? round(amOk / ga.length) : null;

  // references
  const refs = arr(out.references);
  const grf = arr(gold.references);
  const refOk = grf.filter((g) =>
    refs.some(
      (r) =>
        r?.kind === g.kind &&
        (g.dossier === undefined ||
          String(r.dossier ?? '')
            .toUpperCase()
            .replace(/[^0-9A-Z]/g, '') === g.dossier.toUpperCase().replace(/[^0-9A-Z]/g, '')) &&
        (g.number === undefined || (g.number === null ? !r.number : String(r.number ?? '') === g.number)) &&
        (g.session === undefined || String(r.session ?? '') === g.session) &&
        (g.member === undefined || squash(r.member).includes(squash(g.member))),
    ),
  ).length;
  c.references = [refOk, grf.length];
  m.references = grf.length ? round(refOk / grf.length) : null;

  // footnotes
  const fns = arr(out.footnotes);
  const gf = arr(gold.footnotes);
  const fnOk = gf.filter((g) =>
    fns.some(
      (f) =>
        Number(f?.number) === g.number &&
        (g.text_prefix
          ? squash(f.text).startsWith(squash(g.text_prefix))
          : squash(f.text) === squash(g.text)),
    ),
  ).length;
  c.footnotes = [fnOk, gf.length];
  m.footnotes = gf.length ? round(fnOk / gf.length) : null;

  // body hygiene
  const body = squash(sections.map((s) => s?.text ?? '').join(' '));
  const furn = arr(gold.furniture_must_not_appear_in_body);
  m.furniture_leaks = furn.filter((f) => body.includes(squash(f)));
  if (gold.joined_across_page_break) m.joined_sentence = body.includes(squash(gold.joined_across_page_break));
  m.schemaVersion = out.schemaVersion ?? null;

  m.counts = c;
  return m;
}
