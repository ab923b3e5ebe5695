// Input schemas for sites, storage units and location types.
import { z } from 'zod';
import { flag, optionalRecordId, optionalText, optionalWholeNumber, recordId, requiredText } from '../form-fields';

export const MAX_GRID = 99;

// Codes are printed on labels and typed at the scanner: letters, digits and a few separators.
const code = requiredText(64, 'Enter a code.').regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'Use letters, digits, dots, dashes and underscores (start with a letter or digit).');
// Code 128 carries printable ASCII; a space would not survive most scanners' keyboard mode.
const barcode = optionalText(128).refine((v) => v === null || /^[\x21-\x7e]+$/.test(v), 'Use printable characters without spaces.');
const cell = (what: string) => optionalWholeNumber(1, MAX_GRID, `Enter a ${what} from 1 to ${MAX_GRID}, or leave it empty.`);

/** Row and column come as a pair: half a position names no cell. */
function pairRequired(a: string, b: string, message: string) {
  return (v: Record<string, unknown>, ctx: z.RefinementCtx) => {
    if ((v[a] === null) !== (v[b] === null)) ctx.addIssue({ code: 'custom', path: [v[a] === null ? a : b], message });
  };
}
const bothCells = pairRequired('gridRow', 'gridCol', 'Give both row and column, or neither.');
const bothSizes = pairRequired('gridRows', 'gridCols', 'Give both rows and columns, or neither.');

const placeFields = {
  name: requiredText(120, 'Enter a name.'),
  typeId: optionalRecordId('Choose a location type.'),
  room: optionalText(120),
  locationNumber: optionalText(40),
  barcode,
};

export const createSiteSchema = z.object({
  code,
  ...placeFields,
  departmentId: recordId('Choose a department.'),
});

export const createStorageUnitSchema = z
  .object({
    parentId: recordId('Choose where the storage unit goes.'),
    code,
    ...placeFields,
    gridRow: cell('row'),
    gridCol: cell('column'),
    workCenter: optionalText(60),
  })
  .superRefine(bothCells);

// Code and parent stay: labels carry the code, and moving a unit is a job of its own.
export const updateLocationSchema = z
  .object({
    id: recordId('Name the location to change.'),
    ...placeFields,
    gridRow: cell('row'),
    gridCol: cell('column'),
    workCenter: optionalText(60),
    // Absent stays as it is.
    active: flag.optional(),
  })
  .superRefine(bothCells);

export const setSiteAllowNegativeSchema = z.object({
  id: recordId('Choose a site.'),
  allowNegative: flag,
});

const typeFields = {
  name: requiredText(60, 'Enter a name.'),
  gridRows: optionalWholeNumber(1, MAX_GRID, `Enter 1 to ${MAX_GRID} rows, or leave both empty.`),
  gridCols: optionalWholeNumber(1, MAX_GRID, `Enter 1 to ${MAX_GRID} columns, or leave both empty.`),
};

export const createLocationTypeSchema = z.object(typeFields).superRefine(bothSizes);
export const updateLocationTypeSchema = z.object({ id: recordId('Name the location type to change.'), ...typeFields }).superRefine(bothSizes);
