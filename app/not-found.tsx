import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg p-8">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-700">There is nothing here, or you may not open it.</p>
      <Link className="btn-secondary mt-6" href="/">
        Back to the start page
      </Link>
    </main>
  );
}
