// A moment shown the same way for everyone (UTC, minute precision): server-
// rendered pages do not know the reader's time zone.
export function DateTime({ value, empty = '—' }: { value: Date | null; empty?: string }) {
  if (!value) return <>{empty}</>;
  const iso = value.toISOString();
  return <time dateTime={iso}>{`${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`}</time>;
}
