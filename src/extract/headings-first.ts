/**
 * Section headings read along with the sentences (a heading may cite a letter or hold an amount; a
 * table's rows are often read as headings): each just before the first sentence of its section,
 * and those of sections without sentences at the end, in section order.
 */
export interface HeadingsFirst {
  /** Before a sentence of section `sectionId`: its heading, if not read yet. */
  before(sectionId: string): void;
  /** After the last sentence: the headings not read yet. */
  rest(): void;
}

export function headingsFirst(
  sections: ReadonlyArray<{ id: string; heading: string }>,
  read: (heading: string, sectionId: string) => void,
): HeadingsFirst {
  const pending = new Map<string, string>();
  for (const s of sections) if (s.heading) pending.set(s.id, s.heading);
  const before = (sectionId: string) => {
    if (pending.size === 0) return;
    const h = pending.get(sectionId);
    if (h === undefined) return;
    pending.delete(sectionId);
    read(h, sectionId);
  };
  return {
    before,
    rest: () => {
      for (const id of [...pending.keys()]) before(id);
    },
  };
}
