// Pages load data through domain operations; out-of-scope or missing records
// become the 404 page (never a hint that they exist).
import { notFound } from 'next/navigation';
import { DomainError } from '@/lib/errors';

export async function loadOr404<T>(load: Promise<T | null | undefined>): Promise<T> {
  try {
    const value = await load;
    if (value === null || value === undefined) notFound();
    return value;
  } catch (e) {
    if (e instanceof DomainError && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) notFound();
    throw e;
  }
}
