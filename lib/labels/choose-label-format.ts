// Which label stock a print uses: the one asked for (?format=), else the
// Admin's default for that kind of label (Settings).
import { invalid } from '../errors';
import { readSettings } from '../settings/get-settings';
import { labelFormat, labelFormatSchema, type LabelFormat } from './label-formats';
import type { LabelKind } from './label-templates';

export async function chooseLabelFormat(kind: LabelKind, requested: string | null | undefined): Promise<LabelFormat> {
  if (requested) {
    const parsed = labelFormatSchema.safeParse(requested);
    if (!parsed.success) throw invalid('format', parsed.error.issues[0].message);
    return labelFormat(parsed.data);
  }
  return labelFormat((await readSettings())[`labels.defaultFormat.${kind}`]);
}
