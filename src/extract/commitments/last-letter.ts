/**
 * A word's last letter, tested before a word-shape pattern that matches only words ending in one of
 * a few letters (an infinitive in "n", a participle in "d", "t" or "n"): most words end otherwise,
 * and the test is far cheaper than the pattern, which irregexp tries at every split of the word.
 */
export function endsIn(word: string, letters: string): boolean {
  return word.length > 0 && letters.includes(word.charAt(word.length - 1));
}
