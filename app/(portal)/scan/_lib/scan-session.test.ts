import { describe, expect, it } from 'vitest';
import {
  chooseAction,
  chooseTarget,
  clearPlace,
  goTo,
  lineInfoOf,
  lineScanned,
  MAX_LINES,
  newSession,
  placeScanned,
  removeLine,
  restoreSession,
  serializeSession,
  sessionRequest,
  setNextQuantity,
  setQuantity,
  startingQuantity,
  storageKey,
  worthKeeping,
  type LineInfo,
  type ScanSession,
} from './scan-session';

const item = (sku: string, extra: Partial<LineInfo> = {}): LineInfo => ({
  kind: 'item', sku, name: `${sku} name`, unit: 'pcs', batch: null, serial: null, status: null, available: '40', availableHere: null, locations: [{ code: 'MKE-QA', quantity: '40' }], supplierLot: null, ...extra,
});
const serial = (s: string): LineInfo => ({ ...item('PRD-GATEWAY-100'), kind: 'serial', serial: s, status: 'in_stock', unit: null, available: null });
const scan = (session: ScanSession, code: string, info: LineInfo, quantity = '1', id = code) => lineScanned(session, { id, code, quantity, info })!.session;

const sales = () => goTo(chooseTarget(newSession('sales', 'key-1'), { number: 'SO-000002', label: 'SO-000002 · Northwind' }), 'scan');

describe('a scan session in the browser', () => {
  it('starts at choosing the target and only scans once it has one (an action for general updates)', () => {
    const s = newSession('sales', 'k');
    expect(s.step).toBe('choose');
    expect(goTo(s, 'scan').step).toBe('choose');
    expect(goTo(chooseTarget(s, { number: 'SO-1', label: 'SO-1 · Acme' }), 'scan').step).toBe('scan');
    const general = newSession('general', 'k');
    expect(goTo(general, 'scan').step).toBe('choose');
    expect(goTo(chooseAction(general, 'move'), 'scan').step).toBe('scan');
    // Review needs a line.
    expect(goTo(sales(), 'review').step).toBe('scan');
  });

  it('a storage unit is the source; for a move with the source set, the destination', () => {
    const unit = (code: string) => ({ code, name: `${code} name` });
    const first = placeScanned(sales(), unit('MKE-QA'));
    expect(first.role).toBe('location');
    expect(placeScanned(first.session, unit('MKE')).session).toMatchObject({ location: { code: 'MKE' }, to: null });

    const move = goTo(chooseAction(newSession('general', 'k'), 'move'), 'scan');
    const from = placeScanned(move, unit('CHI-A-01-B1')).session;
    const to = placeScanned(from, unit('MKE-QA'));
    expect(to.role).toBe('to');
    expect(to.session).toMatchObject({ location: { code: 'CHI-A-01-B1' }, to: { code: 'MKE-QA' } });
    // Clearing the source clears the destination too: the next storage unit scanned is the source again.
    expect(clearPlace(to.session, 'location')).toMatchObject({ location: null, to: null });
    expect(clearPlace(to.session, 'to')).toMatchObject({ location: { code: 'CHI-A-01-B1' }, to: null });
    // Another action has no destination.
    expect(chooseAction(to.session, 'consume').to).toBeNull();
  });

  it('adds a line per scan; the same item or lot again adds its quantity, exactly', () => {
    let s = scan(sales(), 'PCBA-CTRL-R3', item('PCBA-CTRL-R3'), '4');
    s = scan(s, 'ENCL-ALU-120', item('ENCL-ALU-120'));
    const again = lineScanned(s, { id: 'x', code: 'pcba-ctrl-r3', quantity: '2', info: item('PCBA-CTRL-R3') })!;
    expect(again.index).toBe(0);
    expect(again.session.lines.map((l) => [l.code, l.quantity])).toEqual([
      ['PCBA-CTRL-R3', '6'],
      ['ENCL-ALU-120', '1'],
    ]);
    const kg = () => item('SOLDER-SAC305', { unit: 'kg' });
    let solder = scan(sales(), 'SOLDER-SAC305', kg(), '0.98');
    solder = scan(solder, 'SOLDER-SAC305', kg(), '0.02');
    expect(solder.lines[0].quantity).toBe('1');
    // A lot is not the item: its own line.
    expect(scan(s, 'PCBA-CTRL-R3#0001', item('PCBA-CTRL-R3', { kind: 'lot', batch: '#0001' })).lines).toHaveLength(3);
    // A bag label of another supplier lot is its own receipt line.
    expect(scan(s, 'label', item('PCBA-CTRL-R3', { supplierLot: 'DK-1' })).lines).toHaveLength(3);
  });

  it('a quantity typed over by hand that is not a number is left alone: the next scan gets its own line', () => {
    let s = scan(sales(), 'PCBA-CTRL-R3', item('PCBA-CTRL-R3'));
    s = setQuantity(s, 'PCBA-CTRL-R3', 'ten');
    expect(scan(s, 'PCBA-CTRL-R3', item('PCBA-CTRL-R3'), '1', 'second').lines.map((l) => l.quantity)).toEqual(['ten', '1']);
  });

  it('every serial is its own line (the domain refuses a serial twice)', () => {
    let s = scan(sales(), 'GW-0001', serial('GW-0001'));
    s = scan(s, 'GW-0001', serial('GW-0001'), '1', 'again');
    expect(s.lines).toHaveLength(2);
  });

  it('edits and removes lines by id; removing the last line in Review goes back to scanning', () => {
    let s = scan(scan(sales(), 'A', item('A')), 'B', item('B'));
    s = setQuantity(s, 'B', '7');
    expect(s.lines.map((l) => [l.id, l.quantity])).toEqual([
      ['A', '1'],
      ['B', '7'],
    ]);
    s = goTo(s, 'review');
    s = removeLine(s, 'A');
    expect(s).toMatchObject({ step: 'review', lines: [{ id: 'B' }] });
    expect(removeLine(s, 'B')).toMatchObject({ step: 'scan', lines: [] });
  });

  it('holds at most MAX_LINES lines', () => {
    let s = sales();
    for (let i = 0; i < MAX_LINES; i++) s = scan(s, `S${i}`, serial(`S${i}`));
    expect(lineScanned(s, { id: 'one-more', code: 'S-X', quantity: '1', info: serial('S-X') })).toBeNull();
  });

  it('the Qty step sets the next line’s quantity; else the scan’s own (prefix, bag label); else one', () => {
    const s = sales();
    expect(startingQuantity(s, null)).toBe('1');
    expect(startingQuantity(s, '25')).toBe('25');
    expect(startingQuantity(setNextQuantity(s, '12'), '25')).toBe('12');
  });

  it('sends the session as preview and commit take it, the idempotency key only to commit', () => {
    let s = placeScanned(sales(), { code: 'MKE-QA', name: 'QA shelf' }).session;
    s = scan(s, '4*PCBA-CTRL-R3', item('PCBA-CTRL-R3'), ' 4 ');
    expect(JSON.parse(JSON.stringify(sessionRequest(s)))).toEqual({ workflow: 'sales', target: 'SO-000002', location: 'MKE-QA', lines: [{ code: '4*PCBA-CTRL-R3', quantity: '4' }] });
    expect(sessionRequest(s, true).idempotencyKey).toBe('key-1');
    const move = placeScanned(placeScanned(goTo(chooseAction(newSession('general', 'k2'), 'move'), 'scan'), { code: 'A', name: 'a' }).session, { code: 'B', name: 'b' }).session;
    expect(JSON.parse(JSON.stringify(sessionRequest(move, true)))).toEqual({ workflow: 'general', action: 'move', location: 'A', to: 'B', lines: [], idempotencyKey: 'k2' });
  });

  it('survives a reload: what is saved is restored, for the same workflow only', () => {
    const s = goTo(scan(placeScanned(sales(), { code: 'MKE-QA', name: 'QA shelf' }).session, 'GW-0001', serial('GW-0001')), 'review');
    const stored = serializeSession(s);
    expect(restoreSession(stored, 'sales')).toEqual(s);
    expect(restoreSession(stored, 'production')).toBeNull();
    expect(restoreSession(null, 'sales')).toBeNull();
    expect(restoreSession('{not json', 'sales')).toBeNull();
    expect(restoreSession(JSON.stringify({ ...s, v: 2 }), 'sales')).toBeNull();
    expect(restoreSession(JSON.stringify({ ...s, lines: [{ id: 1 }] }), 'sales')).toBeNull();
    // A stored step that no longer fits (no target) falls back to choosing it.
    expect(restoreSession(JSON.stringify({ ...s, target: null }), 'sales')?.step).toBe('choose');
    expect(storageKey(7, 'sales')).not.toBe(storageKey(8, 'sales'));
  });

  it('keeps only a session someone started', () => {
    expect(worthKeeping(newSession('sales', 'k'))).toBe(false);
    expect(worthKeeping(chooseTarget(newSession('sales', 'k'), { number: 'SO-1', label: 'x' }))).toBe(true);
    expect(worthKeeping(chooseAction(newSession('general', 'k'), 'count'))).toBe(true);
  });

  it('reads the resolver’s answer into a line', () => {
    expect(lineInfoOf({ kind: 'serial', code: 'GW-1', serial: 'GW-1', sku: 'PRD', name: 'Gateway', status: 'in_stock', location: 'MKE-QA' })).toMatchObject({ kind: 'serial', serial: 'GW-1', locations: [{ code: 'MKE-QA', quantity: '1' }] });
    expect(
      lineInfoOf({ kind: 'lot', code: 'X#0002', sku: 'X', name: 'X', unit: 'pcs', batch: '#0002', quantity: null, supplierLot: null, available: '5', availableHere: '0', locations: [] }),
    ).toMatchObject({ kind: 'lot', batch: '#0002', available: '5', availableHere: '0' });
  });
});
