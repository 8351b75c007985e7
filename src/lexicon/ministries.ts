/** The ministries: the ministry block's first line, ministry names and the portfolios of ministers "voor". */

/** "Ministerie van Volkshuisvesting en", the start of the ministry block. */
export const MINISTRY_START = /^Ministerie\s+van\b/i;

/** Ministries (current and recent), for proper casing of upper-case headers and roles. */
export const MINISTRIES = [
  'Algemene Zaken',
  'Asiel en Migratie',
  'Binnenlandse Zaken en Koninkrijksrelaties',
  'Buitenlandse Zaken',
  'Buitenlandse Handel en Ontwikkelingssamenwerking',
  'Defensie',
  'Economische Zaken',
  'Economische Zaken en Klimaat',
  'Financiën',
  'Infrastructuur en Waterstaat',
  'Infrastructuur en Milieu',
  'Justitie en Veiligheid',
  'Veiligheid en Justitie',
  'Klimaat en Groene Groei',
  'Landbouw, Natuur en Voedselkwaliteit',
  'Landbouw, Visserij, Voedselzekerheid en Natuur',
  'Onderwijs, Cultuur en Wetenschap',
  'Sociale Zaken en Werkgelegenheid',
  'Volksgezondheid, Welzijn en Sport',
  'Volkshuisvesting en Ruimtelijke Ordening',
  'Wonen en Rijksdienst',
  'Medische Zorg',
  'Jeugd, Preventie en Sport',
  'Armoedebeleid, Participatie en Pensioenen',
  'Primair en Voortgezet Onderwijs',
  'Rechtsbescherming',
  'Natuur en Stikstof',
  'Milieu en Wonen',
];
/**
 * Ministers "voor" a portfolio have no ministry of their own: the ministry they work at. ("Minister van X"
 * heads the Ministerie van X; "Minister voor Klimaat en Energie" worked at Economische Zaken en Klimaat.)
 */
export const PORTFOLIO_MINISTRY = new Map<string, string>([
  ['klimaat en energie', 'Economische Zaken en Klimaat'],
  ['medische zorg', 'Volksgezondheid, Welzijn en Sport'],
  ['medische zorg en sport', 'Volksgezondheid, Welzijn en Sport'],
  ['langdurige zorg en sport', 'Volksgezondheid, Welzijn en Sport'],
  ['jeugd en gezin', 'Volksgezondheid, Welzijn en Sport'],
  ['natuur en stikstof', 'Landbouw, Natuur en Voedselkwaliteit'],
  ['volkshuisvesting en ruimtelijke ordening', 'Binnenlandse Zaken en Koninkrijksrelaties'],
  ['wonen en rijksdienst', 'Binnenlandse Zaken en Koninkrijksrelaties'],
  ['primair en voortgezet onderwijs', 'Onderwijs, Cultuur en Wetenschap'],
  ['basis- en voortgezet onderwijs', 'Onderwijs, Cultuur en Wetenschap'],
  ['rechtsbescherming', 'Justitie en Veiligheid'],
  ['migratie', 'Justitie en Veiligheid'],
  ['buitenlandse handel en ontwikkelingssamenwerking', 'Buitenlandse Zaken'],
  ['ontwikkelingssamenwerking', 'Buitenlandse Zaken'],
  ['armoedebeleid, participatie en pensioenen', 'Sociale Zaken en Werkgelegenheid'],
]);
