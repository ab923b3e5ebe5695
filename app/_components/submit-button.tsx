'use client';
import { useFormStatus } from 'react-dom';

/** Disabled while the form is being sent, so a double click submits once. */
export function SubmitButton({ children, className = 'btn-primary' }: { children: React.ReactNode; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending}>
      {pending ? 'Working…' : children}
    </button>
  );
}
