/**
 * A motion, as letters quote it and as the official publication prints it, ends with
 * "en gaat over tot de orde van de dag." and its signers' surnames, one to a line
 * ("Van der Staaij" / "Ploumen"). Those names are the motion's signature, not headings: they
 * are joined to the motion's last paragraph (the text stays; no block starts at them).
 */
import type { KDocument } from '../model/document.js';
import type { Line } from '../model/page.js';
import { allLines } from './lines.js';

/** The motion's closing formula, possibly inside quotation marks. */
export const MOTION_END = /\ben gaat over tot de orde van de dag\.?["'”»]?$/i;
/** A member's surname as a motion prints it: "Van der Staaij", "Ploumen", "Westerveld-Van den Hul", "Kröger". */
export const MEMBER_NAME =
  /^(?:(?:Van|De|Den|Der|Ter|Ten|Te|In ’t|In 't|Van der|Van den|Van de)\s+)?(?:(?:van|de|der|den)\s+)*\p{Lu}[\p{L}’'-]+(?:\s+(?:van|de|den|der)(?:\s+(?:den|der|de))?\s+\p{Lu}[\p{L}’'-]+)?$/u;

/** Up to this many signers follow a motion. */
const MAX_SIGNERS = 12;

export function joinMotionSigners(doc: KDocument): void {
  const all: Line[] = allLines(doc.raw.pages);
  for (let i = 0; i < all.length; i++) {
    if (!MOTION_END.test(all[i].text)) continue;
    for (let j = i + 1; j < all.length && j <= i + MAX_SIGNERS; j++) {
      const t = all[j].text;
      if (t.length > 40 || !MEMBER_NAME.test(t)) break;
      all[j].gapBefore = false;
    }
  }
}
