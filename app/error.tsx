'use client';

export default function ErrorPage({ reset, error }: { reset: () => void; error: Error & { digest?: string } }) {
  return (
    <main className="mx-auto max-w-lg p-8" role="alert">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-slate-700">The page could not be shown. Nothing you entered was lost on our side; try again.</p>
      {error.digest ? <p className="mt-2 text-xs text-slate-600">Reference: {error.digest}</p> : null}
      <button type="button" className="btn-primary mt-6" onClick={reset}>
        Try again
      </button>
    </main>
  );
}
