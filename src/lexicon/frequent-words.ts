/** Frequent Dutch words that are not also English words ("in", "is", "we" are both): what tells a Dutch text. */
export const FREQUENT_DUTCH_WORDS: ReadonlySet<string> = new Set(
  'de het een en van op te dat die zijn voor met niet aan er om ook als bij of door naar over wordt worden uit dit deze wij ik uw kamer heeft hebben zal zullen kan moet nog meer dan tot'.split(
    ' ',
  ),
);
