/** Dutch number words, for counts ("de komende twee jaar") and amounts ("twee miljard euro"). */

/** Cardinal number words → value. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  een: 1,
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  vijftien: 15,
  twintig: 20,
  dertig: 30,
  honderd: 100,
};

/** Fractions written as words ("een half miljoen", "anderhalf miljard"); a space stands for any white space. */
export const FRACTION_WORDS: Readonly<Record<string, number>> = {
  'een half': 0.5,
  'een halve': 0.5,
  anderhalf: 1.5,
};

/** Scale words and their abbreviations → the power of ten they multiply by ("2,5 miljard", "€ 3 mln"). */
export const SCALES: Readonly<Record<string, number>> = {
  duizend: 3,
  dzd: 3,
  miljoen: 6,
  mln: 6,
  mio: 6,
  miljard: 9,
  mld: 9,
  mrd: 9,
  biljoen: 12,
};
