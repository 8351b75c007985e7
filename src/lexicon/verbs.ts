/**
 * Verb phrases that several rules read, as regex alternatives (the rules add their own bounds):
 * a quantity that changes, and a rule that enters into force.
 */

/** A quantity changes: "stijgt", "dalen", "neemt ... toe" (present, or the infinitive after zal/zullen). */
export const CHANGE_VERBS =
  'stijgt|stijgen|daalt|dalen|groeit|groeien|krimpt|krimpen|toenemen|toeneemt|afnemen|afneemt|oplopen|oploopt|teruglopen|terugloopt|neemt\\s+(?:\\S+\\s+){0,6}?(?:toe|af)|nemen\\s+(?:\\S+\\s+){0,6}?(?:toe|af)';

/** A rule enters into force: "treedt ... in werking", "in werking treden", "de inwerkingtreding". */
export const ENTERS_INTO_FORCE =
  'in\\s*werking\\s+(?:treedt|treden)|inwerkingtreding|treedt\\s+(?:\\S+\\s+){0,8}?in\\s*werking|treden\\s+(?:\\S+\\s+){0,8}?in\\s*werking';
