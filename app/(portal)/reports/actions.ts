'use server';
// Reports' actions: parse, call one domain operation, translate the result.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { runFormAction, type FormState } from '@/app/_server/form-action';
import { startReportJob } from '@/lib/reports/start-report-job';

/** "Make the PDF": the form's fields are the report's filters; the job's progress page comes next. */
export async function startReportJobAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let id = '';
  const result = await runFormAction(formData, async (actor, input) => {
    const { run = '', format: _format, ...filters } = input;
    id = (await startReportJob(actor, { report: run, format: 'pdf', filters })).id;
  });
  if (!result.ok) return result;
  revalidatePath('/reports');
  redirect(`/reports/jobs/${id}`);
}
