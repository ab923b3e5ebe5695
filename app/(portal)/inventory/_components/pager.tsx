// Keyset pagination links: the next page carries the cursor; the first page drops it.
import Link from 'next/link';

export function Pager({ label, hrefFor, cursor, nextCursor }: { label: string; hrefFor: (cursor: string | null) => string; cursor: string | null; nextCursor: string | null }) {
  if (!cursor && !nextCursor) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap gap-2">
      {cursor ? (
        <Link className="btn-secondary" href={hrefFor(null)}>
          First page
        </Link>
      ) : null}
      {nextCursor ? (
        <Link className="btn-secondary" href={hrefFor(nextCursor)}>
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
