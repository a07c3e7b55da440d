/**
 * A browser and an operating system named from a User-Agent header, for the list of sessions on
 * Min profil ("Firefox på Windows"). Only these two short names are stored, never the header: the
 * user needs to recognise a device, nothing more. Null where the header says nothing we know.
 * Order matters: Edge and Opera also claim to be Chrome, Chrome also claims to be Safari, Android
 * is Linux and iPadOS may pose as macOS.
 */
export interface ClientDescription {
  browser: string | null;
  os: string | null;
}

const browsers: [RegExp, string][] = [
  [/\bEdg(e|A|iOS)?\//, 'Edge'],
  [/\bOPR\/|\bOpera\b/, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\bFirefox\/|\bFxiOS\//, 'Firefox'],
  [/\b(Headless)?Chrome\/|\bCriOS\/|\bChromium\//, 'Chrome'],
  [/\bSafari\//, 'Safari'],
];

const systems: [RegExp, string][] = [
  [/\bWindows\b/, 'Windows'],
  [/\biPhone\b/, 'iPhone'],
  [/\biPad\b/, 'iPad'],
  [/\bAndroid\b/, 'Android'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bLinux\b/, 'Linux'],
];

const firstMatch = (header: string, table: [RegExp, string][]) =>
  table.find(([pattern]) => pattern.test(header))?.[1] ?? null;

export function describeUserAgent(header: string | null | undefined): ClientDescription {
  // Only the start is looked at: a User-Agent can be as long as a client likes.
  const text = (header ?? '').slice(0, 512);
  return { browser: firstMatch(text, browsers), os: firstMatch(text, systems) };
}
