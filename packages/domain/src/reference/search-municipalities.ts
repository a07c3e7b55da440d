import { type Municipality, municipalities } from './municipalities.ts';

/*
 * Matching for a typeahead (the onboarding wizard's member picker).
 *
 * Swedish first: Intl.Collator('sv', { sensitivity: 'base' }) ignores case but keeps å, ä and ö
 * apart from a and o, because in Swedish they are letters of their own (sorted after z), not a
 * with an accent. So 'ar' finds Arboga and Arvika before Åre, and results sort the way a Swede
 * expects (Ö last).
 *
 * Then forgiving: names typed without diacritics still match, ranked after the exact-letter
 * matches, so 'gavle' finds Gävle. People type on foreign keyboards and paste from documents that
 * lost their diacritics (our own seed 003 is OCR text with "Gavleborg"); a typeahead that shows
 * nothing for 'gavle' is worse than one that shows Gävle after the exact matches. The forgiving
 * match is one-way: a typed 'a' may stand for å or ä, but a typed 'å' means å, so 'år' finds Åre
 * and Årjäng and never Arboga. Mixed input works letter by letter ('harnösand' finds Härnösand).
 *
 * Spaces and hyphens are the same ('upplands bro' finds Upplands-Bro), a query may start at any
 * word of the name ('väsby' finds Upplands Väsby, 'sälen' Malung-Sälen), the member name counts
 * too ('falu' finds Falun, 'region' Gotland), and digits search the code ('21' lists Gävleborg).
 */

const swedish = new Intl.Collator('sv', { sensitivity: 'base' });

/** NFC, trimmed, runs of spaces and hyphens (any dash) as one space. */
function normalize(text: string): string {
  return text
    .normalize('NFC')
    .trim()
    .replace(/[\s\p{Pd}]+/gu, ' ');
}

/** A letter without its diacritics: 'ä' → 'a'. */
function stripDiacritics(letter: string): string {
  return letter.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Lower-case letters, each with its form without diacritics, for the forgiving tier. */
interface LooseText {
  letters: string[];
  bare: string[];
}

function loose(text: string): LooseText {
  const letters = Array.from(normalize(text).toLocaleLowerCase('sv'));
  return { letters, bare: letters.map(stripDiacritics) };
}

/**
 * Prefix match where a letter typed without diacritics also matches one with them ('a' matches
 * 'ä'), but not the other way round: whoever types 'ä' means ä.
 */
function startsWithLoose(text: LooseText, query: string[]): boolean {
  return (
    text.letters.length >= query.length &&
    query.every((letter, index) => letter === text.letters[index] || letter === text.bare[index])
  );
}

function startsWithSwedish(text: string, prefix: string): boolean {
  return text.length >= prefix.length && swedish.compare(text.slice(0, prefix.length), prefix) === 0;
}

/** The name from each word on after the first: 'Upplands Väsby' → ['Väsby']. */
function laterWords(name: string): string[] {
  const words = name.split(' ');
  return words.slice(1).map((_, index) => words.slice(index + 1).join(' '));
}

interface SearchEntry {
  municipality: Municipality;
  starts: string[];
  later: string[];
  looseStarts: LooseText[];
  looseLater: LooseText[];
}

const entries: SearchEntry[] = municipalities.map((municipality) => {
  const name = normalize(municipality.name);
  const starts = [name, normalize(municipality.memberName)];
  const later = laterWords(name);
  return { municipality, starts, later, looseStarts: starts.map(loose), looseLater: later.map(loose) };
});

/** Lower is better; `undefined` when the entry does not match at all. */
function rank(entry: SearchEntry, query: string, looseQuery: string[]): number | undefined {
  if (entry.starts.some((text) => startsWithSwedish(text, query))) return 0;
  if (entry.later.some((text) => startsWithSwedish(text, query))) return 1;
  if (entry.looseStarts.some((text) => startsWithLoose(text, looseQuery))) return 2;
  if (entry.looseLater.some((text) => startsWithLoose(text, looseQuery))) return 3;
  return undefined;
}

/** Options for `searchMunicipalities`. */
export interface SearchMunicipalitiesOptions {
  /** At most this many results (default: all that match). */
  limit?: number;
}

/**
 * Municipalities for a typeahead, best first: names that start with the query in Swedish letters
 * (case-insensitive, å/ä/ö distinct), then names with a later word that does, then the same two
 * where a letter typed without diacritics matches one with them ('gavle' → Gävle; 'år' still only
 * finds å). Ties sort by Swedish collation. A query of digits matches
 * the start of the code instead, in code order. A blank query lists all, in Swedish order.
 * Public reference data: any caller, no tenant scope.
 */
export function searchMunicipalities(
  query: string,
  options: SearchMunicipalitiesOptions = {},
): Municipality[] {
  const normalized = normalize(query);
  let found: Municipality[];
  if (/^\d+$/.test(normalized)) {
    found = municipalities.filter((municipality) => municipality.code.startsWith(normalized));
  } else {
    const looseQuery = loose(normalized).letters;
    found = entries
      .flatMap((entry) => {
        const score = rank(entry, normalized, looseQuery);
        return score === undefined ? [] : [{ municipality: entry.municipality, score }];
      })
      .sort((a, b) => a.score - b.score || swedish.compare(a.municipality.name, b.municipality.name))
      .map((match) => match.municipality);
  }
  return options.limit === undefined ? found : found.slice(0, Math.max(0, options.limit));
}
