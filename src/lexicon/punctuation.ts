/** Sentence-final punctuation at the end of a line. */
export const ENDS_SENTENCE = /[.!?:;]["'’”)]*$/;
