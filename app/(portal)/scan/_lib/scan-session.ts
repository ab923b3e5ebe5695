// A scanning session as the browser keeps it until it is accepted or cancelled:
// the workflow, its target, the storage units scanned and the lines with their
// quantities. Pure steps from one session to the next (the screen saves every
// step in localStorage), and the request preview and commit are sent.
import { z } from 'zod';
import type { ResolvedScan } from '@/lib/scan/resolve-scan';
import { addQuantities } from './quantity-text';
import { GENERAL_ACTIONS, WORKFLOWS, type GeneralAction, type Workflow } from './workflows';

export interface Place {
  code: string;
  name: string;
}

/** What the resolver said about a scanned line, kept to show it again after a reload. */
export interface LineInfo {
  kind: 'item' | 'lot' | 'serial';
  sku: string;
  name: string;
  unit: string | null;
  batch: string | null;
  serial: string | null;
  /** Serial status ("in_stock", "delivered" ...). */
  status: string | null;
  available: string | null;
  /** At the storage unit the session takes from, when one was scanned first. */
  availableHere: string | null;
  /** Where the item is (bulk) or the serial's storage unit. */
  locations: { code: string; quantity: string }[];
  supplierLot: string | null;
}

export interface ScanLine {
  id: string;
  /** The code as scanned (a "25*" prefix or a bag label's fields included). */
  code: string;
  quantity: string;
  info: LineInfo;
}

export interface SessionTarget {
  number: string;
  label: string;
}

export type SessionStep = 'choose' | 'scan' | 'review';

export interface ScanSession {
  v: 1;
  workflow: Workflow;
  action: GeneralAction | null;
  target: SessionTarget | null;
  /** Where stock leaves from, or the storage unit received into or counted. */
  location: Place | null;
  /** Move: where the stock goes. */
  to: Place | null;
  lines: ScanLine[];
  /** The quantity typed for the next scan (the Qty step). */
  nextQuantity: string | null;
  /** One idempotency key for the session's Accept, kept across reloads so a retry posts once. */
  key: string;
  step: SessionStep;
}

/** What previewScan and commitScan take (lib/scan/scan-input.ts). */
export interface ScanSessionRequest {
  workflow: Workflow;
  action?: GeneralAction;
  target?: string;
  location?: string;
  to?: string;
  lines: { code: string; quantity: string }[];
  idempotencyKey?: string;
}

export const MAX_LINES = 200;

export function newSession(workflow: Workflow, key: string): ScanSession {
  return { v: 1, workflow, action: null, target: null, location: null, to: null, lines: [], nextQuantity: null, key, step: 'choose' };
}

export function chooseTarget(s: ScanSession, target: SessionTarget | null): ScanSession {
  return { ...s, target };
}

export function chooseAction(s: ScanSession, action: GeneralAction | null): ScanSession {
  // Move is the only action with a destination.
  return { ...s, action, to: action === 'move' ? s.to : null };
}

/** Whether the first step is done: a target for sales and production, an action for general updates. */
export const readyToScan = (s: ScanSession): boolean => (s.workflow === 'general' ? s.action !== null : s.target !== null);

export function goTo(s: ScanSession, step: SessionStep): ScanSession {
  if (step !== 'choose' && !readyToScan(s)) return { ...s, step: 'choose' };
  if (step === 'review' && !s.lines.length) return { ...s, step: 'scan' };
  return { ...s, step };
}

export type PlaceRole = 'location' | 'to';

/** Which place a scanned storage unit becomes: the source, or for a move with its source set, the destination. */
export const roleOfPlace = (s: ScanSession): PlaceRole => (s.workflow === 'general' && s.action === 'move' && s.location ? 'to' : 'location');

export function placeScanned(s: ScanSession, place: Place): { session: ScanSession; role: PlaceRole } {
  const role = roleOfPlace(s);
  return { session: { ...s, [role]: place }, role };
}

export function clearPlace(s: ScanSession, role: PlaceRole): ScanSession {
  return role === 'location' ? { ...s, location: null, to: null } : { ...s, to: null };
}

/** The resolver's answer for a line (storage units are places, not lines). */
export function lineInfoOf(scan: Exclude<ResolvedScan, { kind: 'location' }>): LineInfo {
  if (scan.kind === 'serial') {
    return { kind: 'serial', sku: scan.sku, name: scan.name, unit: null, batch: null, serial: scan.serial, status: scan.status, available: null, availableHere: null, locations: scan.location ? [{ code: scan.location, quantity: '1' }] : [], supplierLot: null };
  }
  return {
    kind: scan.kind,
    sku: scan.sku,
    name: scan.name,
    unit: scan.unit,
    batch: scan.batch,
    serial: null,
    status: null,
    available: scan.available,
    availableHere: scan.availableHere,
    locations: scan.locations,
    supplierLot: scan.supplierLot,
  };
}

const sameStock = (a: LineInfo, b: LineInfo) => a.kind !== 'serial' && a.kind === b.kind && a.sku.toLowerCase() === b.sku.toLowerCase() && a.batch === b.batch && a.supplierLot === b.supplierLot;

/**
 * A scanned item, lot or serial: the same item or lot scanned again adds its
 * quantity to the line it already has (scan each piece to count them); a serial
 * is always its own line. Answers the index of the line that changed, or null
 * when the session is full.
 */
export function lineScanned(s: ScanSession, scanned: { id: string; code: string; quantity: string; info: LineInfo }): { session: ScanSession; index: number } | null {
  const index = s.lines.findIndex((l) => sameStock(l.info, scanned.info));
  if (index >= 0) {
    const sum = addQuantities(s.lines[index].quantity, scanned.quantity);
    if (sum !== null) {
      const lines = s.lines.map((l, i) => (i === index ? { ...l, quantity: sum, info: scanned.info } : l));
      return { session: { ...s, lines }, index };
    }
  }
  if (s.lines.length >= MAX_LINES) return null;
  return { session: { ...s, lines: [...s.lines, { id: scanned.id, code: scanned.code, quantity: scanned.quantity, info: scanned.info }] }, index: s.lines.length };
}

export function setQuantity(s: ScanSession, id: string, quantity: string): ScanSession {
  return { ...s, lines: s.lines.map((l) => (l.id === id ? { ...l, quantity } : l)) };
}

export function removeLine(s: ScanSession, id: string): ScanSession {
  const lines = s.lines.filter((l) => l.id !== id);
  return { ...s, lines, step: s.step === 'review' && !lines.length ? 'scan' : s.step };
}

export function setNextQuantity(s: ScanSession, quantity: string | null): ScanSession {
  return { ...s, nextQuantity: quantity };
}

/** The quantity a new line starts with: the Qty step, else what the scan carried (prefix or bag label), else one. */
export const startingQuantity = (s: ScanSession, carried: string | null): string => s.nextQuantity ?? carried ?? '1';

/** The session as preview and commit take it. */
export function sessionRequest(s: ScanSession, withKey = false): ScanSessionRequest {
  const general = s.workflow === 'general';
  return {
    workflow: s.workflow,
    action: general && s.action ? s.action : undefined,
    target: !general && s.target ? s.target.number : undefined,
    location: s.location?.code,
    to: general && s.action === 'move' && s.to ? s.to.code : undefined,
    lines: s.lines.map((l) => ({ code: l.code, quantity: l.quantity.trim() })),
    idempotencyKey: withKey ? s.key : undefined,
  };
}

// --- Keeping it in the browser ------------------------------------------------

/** One session per person and workflow in this browser. */
export const storageKey = (userId: number, workflow: Workflow) => `qm.scan.v1.${userId}.${workflow}`;

const text = (max: number) => z.string().max(max);
const place = z.object({ code: text(64), name: text(200) }).nullable();
const storedSession = z.object({
  v: z.literal(1),
  workflow: z.enum(WORKFLOWS),
  action: z.enum(GENERAL_ACTIONS).nullable(),
  target: z.object({ number: text(60), label: text(300) }).nullable(),
  location: place,
  to: place,
  lines: z
    .array(
      z.object({
        id: text(80),
        code: text(4000),
        quantity: text(30),
        info: z.object({
          kind: z.enum(['item', 'lot', 'serial']),
          sku: text(200),
          name: text(500),
          unit: text(30).nullable(),
          batch: text(60).nullable(),
          serial: text(200).nullable(),
          status: text(40).nullable(),
          available: text(40).nullable(),
          availableHere: text(40).nullable(),
          locations: z.array(z.object({ code: text(64), quantity: text(40) })).max(20),
          supplierLot: text(200).nullable(),
        }),
      }),
    )
    .max(MAX_LINES),
  nextQuantity: text(30).nullable(),
  key: text(200).min(1),
  step: z.enum(['choose', 'scan', 'review']),
});

export const serializeSession = (s: ScanSession): string => JSON.stringify(s);

/** A stored session for this workflow, or null when there is none or it cannot be read (an old format, edited by hand). */
export function restoreSession(stored: string | null, workflow: Workflow): ScanSession | null {
  if (!stored) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return null;
  }
  const parsed = storedSession.safeParse(raw);
  if (!parsed.success || parsed.data.workflow !== workflow) return null;
  return goTo(parsed.data as ScanSession, parsed.data.step);
}

/** Worth keeping: a session someone has started (a target, an action, a place or a line). */
export const worthKeeping = (s: ScanSession): boolean => !!(s.target || s.action || s.location || s.lines.length);
