/**
 * The report's PDF and Word downloads, live or as adopted — built by the output part of issue 23.
 */
export function DownloadLinks(_props: { reportId: string; adopted: boolean }) {
  return null;
}
