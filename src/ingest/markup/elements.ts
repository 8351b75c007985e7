/** The element vocabulary: inline and block elements of HTML and the official XML, what is skipped, headings, notes. */
import { classes, type El } from './tokenize.js';

export const HTML_INLINE = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'mark',
  'nobr',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'label',
  'wbr',
  'img',
  'o:p',
]);
/** Official publication XML elements that run inside a paragraph. */
export const XML_INLINE = new Set([
  'nadruk',
  'extref',
  'intref',
  'naam',
  'voornaam',
  'achternaam',
  'tussenvoegsel',
  'initialen',
  'organisatie',
  'datum',
  'kamervraagonderwerp',
  'ondernummer',
  'dossiernr',
  'dossiernummer',
  'stuknr',
  'dossierref',
  'afkorting',
  'inf',
  'nr',
  'label',
  'functie',
  'unicode',
  'li.nr',
  'aanhef-tekst',
  'huisnummer',
  'titulatuur',
]);
/** Inline elements followed by a space when the next text is glued to them ("1." "Voortgang"). */
export const WORD_SEPARATED = new Set([
  'nr',
  'label',
  'li.nr',
  'voornaam',
  'initialen',
  'tussenvoegsel',
  'titulatuur',
  'dossiernr',
  'dossiernummer',
  'stuknr',
  'begrotingshoofdstuk',
  'td',
  'th',
  'entry',
]);
export const SKIP_ALWAYS = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'audio',
  'video',
  'map',
  'button',
  'select',
  'input',
  'textarea',
  'dialog',
  'meta',
  'link',
  // official publication XML: document metadata, the question number of Kamervragen, pictures
  'metadata',
  'kamervraagnummer',
  'plaatje',
  'illustratie',
  'noot.nr',
  'noot-nr',
]);
export const SKIP_HTML = new Set(['nav', 'aside', 'form']);
/** Page chrome by role. */
const SKIP_ROLES = new Set([
  'navigation',
  'search',
  'complementary',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
  'alertdialog',
]);
export const CHROME_ROLES = new Set(['banner', 'contentinfo']);
/** Page chrome by class or id (whole tokens, or token parts split at '-' and '_'). */
const CHROME_TOKEN =
  /^(?:nav|navbar|navigation|menu|mainmenu|submenu|breadcrumbs?|skiplinks?|skip|cookies?|cookiebar|cookie-?banner|share|sharing|social|socials|sidebar|toolbar|inhoudsopgave|toc|note-close|print-only|visually-hidden|sr-only)$/;
export const HEADING_HTML = /^h[1-6]$/;
/** Paragraphs styled as headings by class: "tussenkop", "tussenkop_vet", Word's Dutch "Kop1", "heading2". */
export const HEADING_CLASS = /^(?:tussenkop|subkop|kopje)(?:[_-]\w+)?$|^(?:kop|heading|msoheading)[1-6]$/;
export const FOOTNOTE_LIST_HEADING = /^(?:voet)?noten$|^footnotes?$|^noten en verwijzingen$/i;
export const NOTE_CLASS = /^(?:noot|voetnoot|footnote|footnotes?-item|fn|note)$/;

export function isChrome(el: El): boolean {
  const role = (el.attrs.role ?? '').toLowerCase();
  if (SKIP_ROLES.has(role)) return true;
  for (const token of [...classes(el), ...(el.attrs.id ? [el.attrs.id.toLowerCase()] : [])]) {
    if (CHROME_TOKEN.test(token)) return true;
  }
  return false;
}
