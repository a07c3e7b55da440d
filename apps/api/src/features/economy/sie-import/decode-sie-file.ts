import iconv from 'iconv-lite';

/**
 * The text of an uploaded SIE file. SIE 4 files are PC8 (IBM code page 437, `#FORMAT PC8`), which
 * a browser's TextDecoder does not offer, so the API decodes them; a file that starts with a UTF-8
 * byte-order mark (some newer exports) is read as UTF-8 instead.
 */
export function decodeSieFile(base64: string): string {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  return iconv.decode(bytes, 'cp437');
}
