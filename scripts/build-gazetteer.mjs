#!/usr/bin/env node
/**
 * Build data/gazetteer.json from the gazetteer source tables (plain Node, no dependencies).
 *
 *   node scripts/build-gazetteer.mjs [SOURCE_DIR]
 *
 * SOURCE_DIR defaults to ../shared/data/gazetteer relative to the repository root.
 * Reads (see that folder's SOURCES.md for where each file comes from):
 *   cbs-gemeenten-alfabetisch-2024.csv   342 municipalities: GM code, official name, province
 *   gemeenten-opgeheven-2015-2024.csv    municipalities dissolved 2015-2023, with successor codes
 *   provincies.csv                       12 provinces, PV codes, name variants
 *   waterschappen.csv                    21 water boards
 *   novex-gebieden.csv                   16 NOVEX areas
 *   mirt-landsdelen.csv                  5 MIRT landsdelen
 * and adds the hand lists marked "OURS" below (well-known regions, a few NOVEX aliases,
 * municipality names that are ordinary Dutch words).
 *
 * Output: { version, sources[], places[] } where each place is
 *   { name, type, code, aliases[], province?, word?, compass?, needsPrefix?, former?, successors? }
 * `aliases` are the surface forms the region matcher looks for (case-sensitive, whole tokens).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'data', 'gazetteer'));
const outFile = join(root, 'data', 'gazetteer.json');

// ---------------------------------------------------------------------------------------------
// OURS: hand lists. Everything below this line up to "end of hand lists" is our own judgement,
// not taken from a source file.

/**
 * Municipality names (after stripping the CBS province suffix) that are also ordinary Dutch words,
 * common nouns, verb forms or frequent surnames. The matcher counts them only in a place context
 * ("gemeente Best", "in Ede", a list with other places). Rule used to build the list: the lowercase
 * form is a Dutch word (best, buren, putten, sluis, goes, beek, bergen, huizen, kampen, duiven,
 * assen, hoorn, hulst, losser, voorst, weert, delft, vaals, leek, grave, haren, ...), or the name is
 * three letters or shorter (Ede, Epe), or a frequent surname or English word (Stein, Goes).
 */
const WORD_NAMES = new Set([
  // Dutch words, verb forms or common nouns (best, buren, putten, sluis, beek, bergen, huizen, houten, ...)
  'Beek',
  'Bergen',
  'Best',
  'Buren',
  'Duiven',
  'Grave',
  'Haren',
  'Hoorn',
  'Horst',
  'Houten',
  'Huizen',
  'Hulst',
  'Kampen',
  'Land',
  'Laren',
  'Leek',
  'Loon',
  'Losser',
  'Mill',
  'Putten',
  'Sluis',
  'Son',
  'Vaals',
  'Voorst',
  'Weert',
  'Wijk',
  // Three letters or fewer, or an English word or frequent surname that starts sentences
  'Ede',
  'Epe',
  'Goes',
  'Stein',
]);

/** Province name variants used in letters beyond the source's naamvarianten column. */
const PROVINCE_ALIASES = {
  Fryslân: ['Friesland', 'Fryslan'],
  'Noord-Brabant': ['Brabant'],
};

/** Municipality aliases that no rule derives. */
const MUNICIPALITY_ALIASES = {
  "'s-Gravenhage": ['Den Haag', 'Den-Haag'],
  "'s-Hertogenbosch": ['Den Bosch'],
  'Súdwest-Fryslân': ['Sudwest-Fryslan', 'Súdwest Fryslân'],
  'Noardeast-Fryslân': ['Noardeast Fryslân'],
  'Edam-Volendam': ['Edam', 'Volendam'],
};

/**
 * NOVEX aliases that the rules (strip "Verstedelijkingsgebied"/"Gebied"/"NOVEX-gebied"/"Het",
 * hyphen/space variants) do not give.
 */
const NOVEX_ALIASES = {
  'Amsterdam Noordzeekanaalgebied': ['Noordzeekanaalgebied', 'NZKG', 'Amsterdam-Noordzeekanaalgebied'],
  'Rotterdamse haven': [
    'Haven van Rotterdam',
    'haven van Rotterdam',
    'Rotterdamse Haven',
    'Port of Rotterdam',
  ],
  'North Sea Port District': ['North Sea Port'],
  'NOVEX-gebied Groningen': [
    'NOVEX-gebied Groningen - Masterplan Zeehavens',
    'Groningen - Masterplan Zeehavens',
    'Groningen Masterplan Zeehavens',
    'Masterplan Zeehavens',
  ],
  'Gebied Arnhem-Nijmegen-Foodvalley': ['Arnhem-Nijmegen-FoodValley', 'Arnhem Nijmegen FoodValley'],
  'Verstedelijkingsgebied Utrecht-Amersfoort': ['regio Utrecht-Amersfoort'],
  'Stedelijk Brabant': ['Brabantse Stedenrij', 'BrabantStad'],
  Lelylijn: ['Lelylijn-gebied'],
  'Verstedelijkingsgebied Metropoolregio Amsterdam': ['MRA'],
};

/** Short forms of the MIRT landsdelen, used after "landsdeel" or "BO('s) Leefomgeving/MIRT". */
const LANDSDEEL_COMPASS = {
  'Noord-Nederland': 'Noord',
  'Oost-Nederland': 'Oost',
  'Noordwest-Nederland': 'Noordwest',
  'Zuidwest-Nederland': 'Zuidwest',
  'Zuid-Nederland': 'Zuid',
};

/** Well-known regions (type "region"). Name first, then aliases. */
const REGIONS = [
  ['Randstad'],
  ['Zuidelijke Randstad'],
  ['Zuidvleugel'],
  ['Noordvleugel'],
  ['Groene Hart', 'Het Groene Hart'],
  ['Groene Woud', 'Het Groene Woud'],
  ['Twente', 'Regio Twente'],
  ['Stedendriehoek', 'Cleantech Regio'],
  ['Veluwe'],
  ['Noord-Veluwe'],
  ['Achterhoek'],
  ['Liemers', 'De Liemers'],
  ['Betuwe'],
  ['Salland'],
  ['Vechtdal'],
  ['Noordzeekanaalgebied'],
  ['Zuidwestelijke Delta'],
  ['IJsselmeergebied'],
  ['Rivierenland', 'Regio Rivierenland'],
  ['Foodvalley', 'FoodValley', 'Regio Foodvalley', 'Regio FoodValley'],
  ['Brainport', 'Brainport Eindhoven', 'Brainportregio', 'Brainport-regio'],
  ['Metropoolregio Amsterdam', 'MRA'],
  ['Metropoolregio Rotterdam Den Haag', 'MRDH', 'Metropoolregio Rotterdam-Den Haag'],
  ['Metropoolregio Eindhoven'],
  ['Regio Utrecht'],
  ['Regio Zwolle'],
  ['Drechtsteden'],
  ['Holland Rijnland'],
  ['Midden-Holland'],
  ['Alblasserwaard'],
  ['Gooi en Vechtstreek', "'t Gooi", 'Het Gooi'],
  ['Kop van Noord-Holland'],
  ['West-Friesland'],
  ['Zaanstreek'],
  ['Noord-Limburg'],
  ['Midden-Limburg'],
  ['Limburg Centraal'],
  ['Parkstad Limburg', 'Parkstad'],
  ['West-Brabant'],
  ['Midden-Brabant', 'Hart van Brabant'],
  ['Noordoost-Brabant'],
  ['Zuidoost-Brabant'],
  ['De Kempen', 'Kempen'],
  ['Zeeuws-Vlaanderen'],
  ['Walcheren'],
  ['Oost-Groningen'],
  ['Noord-Groningen'],
  ['Zuidoost-Drenthe'],
  ['Zuidwest-Drenthe'],
  ['Noordoost-Friesland'],
  ['Zuidoost-Friesland'],
  ['Waddengebied', 'Wadden', 'Waddeneilanden'],
  ['Flevopolder'],
  ['Haaglanden'],
  ['Rijnmond'],
  ['Gelderse Vallei'],
  ['Eemland'],
  ['Bollenstreek', 'Duin- en Bollenstreek'],
  ['Westelijke Mijnstreek'],
  ['Peelregio'],
  ['Caribisch Nederland', 'Bonaire, Sint Eustatius en Saba'],
];
// end of hand lists
// ---------------------------------------------------------------------------------------------

/** Minimal RFC 4180 CSV parser: quoted fields, doubled quotes, CRLF or LF. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => r.some((f) => f.trim() !== ''));
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), (r[i] ?? '').trim()])));
}

const sources = [];
function readTable(file, origin) {
  const path = join(sourceDir, file);
  const buffer = readFileSync(path);
  const rows = parseCsv(buffer.toString('utf8'));
  sources.push({
    file: basename(path),
    sha256: createHash('sha256').update(buffer).digest('hex'),
    rows: rows.length,
    origin,
  });
  return rows;
}

const gemeenten = readTable(
  'cbs-gemeenten-alfabetisch-2024.csv',
  'CBS Gemeenten alfabetisch 2024 (sheet export)',
);
const opgeheven = readTable('gemeenten-opgeheven-2015-2024.csv', 'RvIG Tabel 33 + merger notices 2021-2023');
const provincies = readTable('provincies.csv', 'CBS 2024 codes/names; name variants from sources');
const waterschappen = readTable('waterschappen.csv', 'Wikipedia list + ontwikkelfonds.nl list of 21');
const novex = readTable('novex-gebieden.csv', 'denationaleomgevingsvisie.nl: de 16 NOVEX-gebieden');
const landsdelen = readTable('mirt-landsdelen.csv', 'MIRT landsdelen since 2015');

const places = [];
const uniq = (list) => [...new Set(list.filter((s) => s && s.trim() !== ''))];
/** Hyphen between two capitalised parts -> also the spaced form ("Arnhem-Nijmegen" -> "Arnhem Nijmegen"). */
const hyphenVariants = (name) => {
  const spaced = name.replace(/(\p{Lu}[\p{L}]*)-(?=\p{Lu})/gu, '$1 ');
  return spaced === name ? [name] : [name, spaced];
};
/** Strip the CBS province suffix: "Beek (L.)" -> "Beek". */
const stripSuffix = (name) => name.replace(/\s*\([A-Z]{1,2}\.\)$/, '');

// Provinces.
const provinceByName = new Map();
for (const p of provincies) {
  const name = p.provincienaam;
  const variants = p.naamvarianten ? p.naamvarianten.split(/[;,]/).map((s) => s.trim()) : [];
  const place = {
    name,
    type: 'province',
    code: p.provinciecode_pv,
    aliases: uniq([name, ...variants, ...(PROVINCE_ALIASES[name] ?? [])]),
  };
  places.push(place);
  provinceByName.set(name, place);
}

// Municipalities (2024).
const currentByCode = new Map();
for (const g of gemeenten) {
  const official = g.Gemeentenaam;
  const bare = stripSuffix(official);
  const aliases = [bare];
  // "Nuenen, Gerwen en Nederwetten" -> also "Nuenen".
  if (bare.includes(',')) aliases.push(bare.split(',')[0].trim());
  // "Alphen aan den Rijn" -> "Alphen"; "Capelle aan den IJssel" -> "Capelle" (skipped below when the short
  // form is a word or another place's name).
  const short = bare.match(/^(\p{Lu}[\p{L}-]*) (?:aan|op|bij) /u);
  if (short) aliases.push(short[1]);
  aliases.push(...(MUNICIPALITY_ALIASES[official] ?? []));
  const place = {
    name: official,
    type: 'municipality',
    code: g.GemeentecodeGM,
    province: g.ProvinciecodePV,
    aliases: uniq(aliases.flatMap(hyphenVariants)),
  };
  if (WORD_NAMES.has(bare)) place.word = true;
  places.push(place);
  currentByCode.set(place.code, place);
}

// Municipalities dissolved since 2015: their own (old) name and code, with the successor(s).
const currentNames = new Set(gemeenten.map((g) => stripSuffix(g.Gemeentenaam)));
for (const o of opgeheven) {
  const name = o.gemeentenaam;
  if (currentNames.has(name)) continue;
  const codes = o.opvolger_codes.split(';').map((s) => s.trim());
  const names = o.opvolger_namen.split(';').map((s) => s.trim());
  const successors = codes.map((code, i) => ({ name: currentByCode.get(code)?.name ?? names[i], code }));
  const place = {
    name,
    type: 'municipality',
    code: o.gemeentecode,
    aliases: uniq(hyphenVariants(name)),
    former: o.datum_einde,
    successors,
  };
  const successorProvince = currentByCode.get(codes[0])?.province;
  if (successorProvince) place.province = successorProvince;
  if (WORD_NAMES.has(name)) place.word = true;
  places.push(place);
}

// Waterschappen: the full name always; the short name alone only when it names nothing else
// (otherwise the matcher needs "waterschap"/"hoogheemraadschap" before it: needsPrefix).
const otherNames = new Set([
  ...places.flatMap((p) => p.aliases),
  ...REGIONS.flat(),
  ...Object.keys(NOVEX_ALIASES),
]);
for (const w of waterschappen) {
  const name = w.naam;
  const short = w.korte_naam;
  const aliases = [name];
  if (/^Hoogheemraadschap van /.test(name)) aliases.push(name.replace(/ van /, ' '));
  // Prefixed short forms: "Waterschap X", "het waterschap X", "hoogheemraadschap (van) X", "Wetterskip X".
  for (const head of ['Waterschap', 'waterschap', 'Hoogheemraadschap', 'hoogheemraadschap', 'Wetterskip']) {
    aliases.push(`${head} ${short}`);
    if (/^[Hh]oog/.test(head)) aliases.push(`${head} van ${short}`);
  }
  if (!otherNames.has(short) && !/^De /.test(short) && !/,/.test(short)) aliases.push(short);
  if (/,/.test(short)) aliases.push(short.replace(/,/g, ''));
  const place = { name, type: 'waterschap', code: null, aliases: uniq(aliases) };
  places.push(place);
}

// NOVEX areas: official name, the name without its generic head word, hyphen/space variants, hand aliases.
const reserved = new Set([...provinceByName.keys(), ...currentNames]);
for (const n of novex) {
  const name = n.naam;
  const aliases = [name];
  const stripped = name.replace(/^(?:Verstedelijkingsgebied|Gebied|NOVEX-gebied|Het) /, '');
  if (!reserved.has(stripped)) aliases.push(stripped);
  aliases.push(...(NOVEX_ALIASES[name] ?? []));
  const place = {
    name,
    type: 'novex-area',
    code: null,
    aliases: uniq(aliases.flatMap(hyphenVariants)),
  };
  if (n.cluster) place.cluster = n.cluster;
  places.push(place);
}

// MIRT landsdelen.
for (const l of landsdelen) {
  const name = l.landsdeel;
  const compass = LANDSDEEL_COMPASS[name];
  places.push({
    name,
    type: 'landsdeel',
    code: null,
    aliases: uniq([name, name.replace('-', ' '), `landsdeel ${compass}`, `Landsdeel ${compass}`]),
    compass,
    provinces: l.provincies.split(';').map((s) => provinceByName.get(s.trim())?.code ?? s.trim()),
  });
}

// Hand regions, unless a NOVEX area already has the name as an alias.
const taken = new Map();
for (const p of places) for (const a of p.aliases) if (!taken.has(a)) taken.set(a, p);
let regionCount = 0;
for (const [name, ...aliases] of REGIONS) {
  const free = uniq([name, ...aliases].flatMap(hyphenVariants)).filter(
    (a) => taken.get(a)?.type !== 'novex-area',
  );
  if (!free.includes(name)) continue;
  places.push({ name, type: 'region', code: null, aliases: free, hand: true });
  regionCount++;
}

// Rule-derived short municipality aliases ("Alphen") are dropped when they are a word or another
// place's alias.
const aliasOwners = new Map();
for (const p of places) for (const a of p.aliases) aliasOwners.set(a, (aliasOwners.get(a) ?? 0) + 1);
for (const p of places) {
  if (p.type !== 'municipality') continue;
  const bare = stripSuffix(p.name);
  const short = bare.match(/^(\p{Lu}[\p{L}-]*) (?:aan|op|bij) /u)?.[1];
  if (short && (WORD_NAMES.has(short) || aliasOwners.get(short) > 1)) {
    p.aliases = p.aliases.filter((a) => a !== short);
  }
}

sources.push({
  file: 'scripts/build-gazetteer.mjs',
  sha256: createHash('sha256')
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .digest('hex'),
  rows: regionCount,
  origin:
    'hand lists marked OURS in the script: well-known regions, NOVEX/municipality/province aliases, word-names',
});

const counts = {};
for (const p of places) {
  const key = p.former ? 'municipality (former)' : p.type;
  counts[key] = (counts[key] ?? 0) + 1;
}
const out = { version: 1, sources, counts, places };
writeFileSync(outFile, `${JSON.stringify(out, null, 1)}\n`);
process.stdout.write(`${outFile}: ${places.length} places ${JSON.stringify(counts)}\n`);
