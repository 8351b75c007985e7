/**
 * Dutch verb forms to the infinitive: the finite present ("stuur", "informeert", "koopt") and the
 * past participle ("aangeboden", "gepubliceerd", "opgezet"), with a separable particle joined
 * ("toe" + "sturen" → "toesturen"). Regular verbs by rule (long vowels undoubled, a short vowel's
 * consonant doubled, f/s voiced after a long vowel), the frequent strong and irregular ones by table.
 */

/** Separable particles that are written apart from the finite verb ("zend ik u ... toe"). */
export const PARTICLES = new Set(
  'toe aan af bij door in mee na om op over uit terug vast voort plaats bekend kenbaar tegemoet samen los weg neer'.split(
    ' ',
  ),
);

/** Prefixes written together with a participle ("vrijgemaakt", "vastgesteld", "teweeggebracht"). */
const PARTICIPLE_PREFIXES = [
  ...PARTICLES,
  'vrij',
  'schoon',
  'stil',
  'goed',
  'dicht',
  'open',
  'teweeg',
  'gelijk',
];

/** Finite forms whose infinitive the rules would get wrong. */
const IRREGULAR_FINITE: Record<string, string> = {
  kom: 'komen',
  komt: 'komen',
  ga: 'gaan',
  gaat: 'gaan',
  sta: 'staan',
  staat: 'staan',
  doe: 'doen',
  doet: 'doen',
  zie: 'zien',
  ziet: 'zien',
  is: 'zijn',
  ben: 'zijn',
  bent: 'zijn',
  heb: 'hebben',
  hebt: 'hebben',
  heeft: 'hebben',
  wil: 'willen',
  wilt: 'willen',
  kan: 'kunnen',
  kun: 'kunnen',
  kunt: 'kunnen',
  zal: 'zullen',
  zult: 'zullen',
  mag: 'mogen',
  start: 'starten',
  neem: 'nemen',
  neemt: 'nemen',
  treedt: 'treden',
  vindt: 'vinden',
  wordt: 'worden',
  slaat: 'slaan',
};

/** Participles of strong and irregular verbs, without a separable particle ("geboden" of "aangeboden"). */
const STRONG_PARTICIPLE: Record<string, string> = {
  genomen: 'nemen',
  getrokken: 'trekken',
  gebleven: 'blijven',
  gewonnen: 'winnen',
  gebonden: 'binden',
  geschoven: 'schuiven',
  gedreven: 'drijven',
  gestegen: 'stijgen',
  vergeleken: 'vergelijken',
  geschreven: 'schrijven',
  gevallen: 'vallen',
  geboden: 'bieden',
  gegeven: 'geven',
  gedaan: 'doen',
  gegaan: 'gaan',
  gekomen: 'komen',
  gezonden: 'zenden',
  verzonden: 'verzenden',
  gevonden: 'vinden',
  gezien: 'zien',
  gehouden: 'houden',
  gesproken: 'spreken',
  gebracht: 'brengen',
  gedacht: 'denken',
  gezocht: 'zoeken',
  gekocht: 'kopen',
  besloten: 'besluiten',
  gesloten: 'sluiten',
  getroffen: 'treffen',
  geworden: 'worden',
  geweest: 'zijn',
  gehad: 'hebben',
  gekozen: 'kiezen',
  geheven: 'heffen',
  herdacht: 'herdenken',
  verschenen: 'verschijnen',
  begonnen: 'beginnen',
  gelaten: 'laten',
  ontvangen: 'ontvangen',
  gebruikt: 'gebruiken',
  gelegd: 'leggen',
  gezet: 'zetten',
  gestart: 'starten',
  gewezen: 'wijzen',
  geleden: 'lijden',
  gedragen: 'dragen',
  gevraagd: 'vragen',
  gelegen: 'liggen',
  gestaan: 'staan',
  verricht: 'verrichten',
  ondertekend: 'ondertekenen',
};

const VOWELS = /[aeiouy]+/g;
const LONG = /(aa|ee|oo|uu)([^aeiouy])$/;
const DIPHTHONG_FS = /(ij|ei|ui|ou|ie|eu|oe)([fs])$/;

/** The infinitive of a verb stem ("stuur" → "sturen", "stel" → "stellen", "blijf" → "blijven"). */
export function stemToInfinitive(stem: string): string {
  const long = LONG.exec(stem);
  if (long?.[1] && long[2]) {
    const consonant = long[2] === 'f' ? 'v' : long[2] === 's' ? 'z' : long[2];
    return `${stem.slice(0, -3)}${long[1][0]}${consonant}en`;
  }
  const diphthong = DIPHTHONG_FS.exec(stem);
  if (diphthong?.[2]) return `${stem.slice(0, -1)}${diphthong[2] === 'f' ? 'v' : 'z'}en`;
  // one short vowel and one final consonant: the consonant doubles ("stel" → "stellen", "zet" → "zetten")
  const syllables = stem.match(VOWELS) ?? [];
  if (syllables.length === 1 && syllables[0]?.length === 1 && /[aeiou][bdfgklmnprst]$/.test(stem))
    return `${stem}${stem.at(-1)}en`;
  return `${stem}en`;
}

/** The infinitive of a finite present form ("informeert" → "informeren", "koopt" → "kopen"). */
export function finiteToInfinitive(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR_FINITE[w];
  if (irregular) return irregular;
  // -en: already plural = infinitive ("sturen wij")
  if (/[^aeiou]en$/.test(w) && w.length > 4) return w;
  let stem = w;
  // 3rd person -t: not after a stem that ends in t itself ("laat", "zet", "richt", "wacht")
  if (w.endsWith('dt')) stem = w.slice(0, -1);
  else if (w.endsWith('t') && !/(?:aa|ee|oo|uu|ch)t$/.test(w) && !/[^aeiou][aeiou]t$/.test(w))
    stem = w.slice(0, -1);
  return stemToInfinitive(stem);
}

/** The infinitive of a past participle ("aangeboden" → "aanbieden", "gepubliceerd" → "publiceren"). */
export function participleToInfinitive(word: string): string {
  const w = word.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  const direct = STRONG_PARTICIPLE[w];
  if (direct) return direct;
  let particle = '';
  let core = w;
  for (const p of PARTICIPLE_PREFIXES) {
    if (w.startsWith(`${p}ge`) && w.length > p.length + 4 && p.length > particle.length) {
      particle = p;
      core = w.slice(p.length);
    }
  }
  const strong = STRONG_PARTICIPLE[core];
  if (strong) return particle + strong;
  if (core.startsWith('ge')) core = core.slice(2);
  // a stem that ends in -nd or -cht takes no -d/-t of its own ("afgerond", "gewacht")
  if (/(?:nd|cht)$/.test(core)) return particle + stemToInfinitive(core);
  if (/[dt]$/.test(core)) return particle + stemToInfinitive(core.slice(0, -1));
  return particle + core;
}
