'use client';
// A scanning session on the floor: choose the target, scan (keyboard-wedge
// scanner, camera or typing; every scan checked by the server at once, with a
// sound, a colour and words), review what FIFO takes, Accept once. The session
// is kept in this browser (localStorage) until it is accepted or cancelled.
import { useCallback, useEffect, useRef, useState } from 'react';
import { beep, unlockScanSound } from '@/app/_components/scan/beep';
import { commitScanAction, previewScanAction, resolveScanAction } from '../actions';
import { AcceptedPanel, type AcceptedSession } from '../_components/accepted-panel';
import { CameraPanel } from '../_components/camera-panel';
import { LineCard } from '../_components/line-card';
import { ReviewStep } from '../_components/review-step';
import { ScanPanel, type Feedback } from '../_components/scan-panel';
import { CancelSession, SessionHeader, SessionPlaces } from '../_components/session-parts';
import { TargetStep } from '../_components/target-step';
import { useSessionPreview } from '../_components/use-session-preview';
import { useWedgeKeyboard } from '../_components/use-wedge-keyboard';
import { newKey } from '../_lib/new-key';
import type { PreviewResult, Refusal, ResolveResult } from '../_lib/results';
import { addedMessage, lineVerdict, placeMessage } from '../_lib/scan-feedback';
import { quantityStep } from '../_lib/scan-keys';
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
  type ScanSession as Session,
} from '../_lib/scan-session';
import { linesCount } from '../_lib/session-history';
import { findOption, type TargetGroup } from '../_lib/target-choices';
import { placeLabels, type GeneralAction, type Workflow } from '../_lib/workflows';

const FLASH_MS = 700;
const FULL = `A session holds at most ${MAX_LINES} lines. Review and accept these first.`;

export function ScanSession({ userId, workflow, groups, actions }: { userId: number; workflow: Workflow; groups: TargetGroup[]; actions: { action: GeneralAction; allowed: boolean }[] }) {
  const storage = storageKey(userId, workflow);
  const [session, setSession] = useState<Session | null>(null);
  const current = useRef<Session | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [flash, setFlash] = useState<{ kind: Feedback['kind']; n: number } | null>(null);
  const [busy, setBusy] = useState(0);
  const [camera, setCamera] = useState(false);
  const cameraOpen = useRef(false);
  const [accepted, setAccepted] = useState<AcceptedSession | null>(null);
  const [commitRefusal, setCommitRefusal] = useState<Refusal | null>(null);
  const [accepting, setAccepting] = useState(false);
  const acceptingNow = useRef(false);
  const [refresh, setRefresh] = useState(0);
  const box = useRef<HTMLInputElement>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());

  /** Every change of the session goes here: shown, and kept in the browser. */
  const save = useCallback(
    (next: Session) => {
      current.current = next;
      setSession(next);
      setCommitRefusal(null);
      try {
        if (worthKeeping(next)) window.localStorage.setItem(storage, serializeSession(next));
        else window.localStorage.removeItem(storage);
      } catch {
        setNotice('This browser does not keep the session (private mode or full storage): accept it before leaving this page.');
      }
    },
    [storage],
  );

  /** A new session in place of the one accepted or discarded, which the browser no longer keeps. */
  const startOver = useCallback(
    (keep: Pick<Session, 'target' | 'action'> = { target: null, action: null }) => {
      try {
        window.localStorage.removeItem(storage);
      } catch {
        // Nothing was kept.
      }
      const fresh = { ...newSession(workflow, newKey()), ...keep };
      current.current = fresh;
      setSession(fresh);
      setFeedback(null);
      cameraOpen.current = false;
      setCamera(false);
    },
    [storage, workflow],
  );

  useEffect(() => {
    let stored: string | null = null;
    try {
      stored = window.localStorage.getItem(storage);
    } catch {
      stored = null;
    }
    const restored = restoreSession(stored, workflow);
    const start = restored ?? newSession(workflow, newKey());
    current.current = start;
    // localStorage exists only in the browser, so the session appears after the first paint.
    setSession(start);
    if (restored && worthKeeping(restored)) setNotice(`Your session was restored${restored.lines.length ? ` with ${linesCount(restored.lines.length)}` : ''}. Accept or cancel it when you are done.`);
  }, [storage, workflow]);

  const tell = useCallback((kind: Feedback['kind'], message: string) => {
    setFeedback({ kind, message });
    setFlash((f) => ({ kind, n: (f?.n ?? 0) + 1 }));
    beep(kind);
  }, []);

  useEffect(() => {
    if (!flash) return;
    const t = setTimeout(() => setFlash(null), FLASH_MS);
    return () => clearTimeout(t);
  }, [flash]);

  const processScan = useCallback(
    async (raw: string) => {
      const code = raw.trim();
      const start = current.current;
      if (!code || !start || start.step === 'choose') return;
      let resolved: ResolveResult;
      try {
        resolved = await resolveScanAction({ code, location: start.location?.code });
      } catch {
        return tell('error', 'The connection failed; this scan was not checked. Scan it again.');
      }
      if (!resolved.ok) return tell('error', resolved.message);
      const scan = resolved.scan;
      if (scan.kind === 'location') {
        const now = current.current!;
        const { session: next, role } = placeScanned(now, scan.location);
        save(next);
        const labels = placeLabels(now.workflow, now.action);
        return tell('ok', placeMessage(role === 'to' && labels.destination ? labels.destination : labels.source, scan.location));
      }
      const info = lineInfoOf(scan);
      const scanned = { id: newKey(), code, quantity: scan.kind === 'serial' ? '1' : startingQuantity(start, scan.quantity), info };
      const tentative = lineScanned(start, scanned);
      if (!tentative) return tell('error', FULL);
      // The domain's preview of the session with this line says whether it may join (order, stock, place, serial status).
      let check: PreviewResult | null = null;
      try {
        check = await previewScanAction(sessionRequest(tentative.session));
      } catch {
        check = null;
      }
      const verdict = lineVerdict(check, tentative.index);
      if (!verdict.ok) return tell('error', verdict.message);
      // A quantity typed meanwhile stays: the line joins the session as it is now.
      const latest = current.current!;
      const added = latest === start ? tentative : lineScanned(latest, scanned);
      if (!added) return tell('error', FULL);
      // The Qty step is used up by the line it counted (a serial is always one unit and leaves it for the next).
      save(scan.kind === 'serial' ? added.session : setNextQuantity(added.session, null));
      const merged = added.session.lines.length === latest.lines.length;
      tell('ok', `${addedMessage(info, added.session.lines[added.index].quantity, merged, latest.location?.code ?? null)}${verdict.unchecked ? ` ${verdict.unchecked}` : ''}`);
    },
    [save, tell],
  );

  const focusAfterScan = useRef<() => void>(() => undefined);
  /** Scans are checked one after another, in the order they came. */
  const enqueue = useCallback(
    (raw: string) => {
      setBusy((b) => b + 1);
      queue.current = queue.current
        .then(() => processScan(raw))
        .catch(() => undefined)
        .finally(() => {
          setBusy((b) => b - 1);
          focusAfterScan.current();
        });
    },
    [processScan],
  );

  const keyboard = useWedgeKeyboard({ box, enabled: session?.step === 'scan', paused: cameraOpen, onScan: enqueue });
  useEffect(() => {
    focusAfterScan.current = keyboard.focusBox;
  }, [keyboard.focusBox]);

  const reviewRequest = session?.step === 'review' ? sessionRequest(session) : null;
  const { result: preview, checking } = useSessionPreview(reviewRequest, refresh);

  const accept = async () => {
    const s = current.current;
    if (!s || acceptingNow.current) return;
    // A second tap while the first is on its way does nothing (and the key would make the server answer the first anyway).
    acceptingNow.current = true;
    setAccepting(true);
    setCommitRefusal(null);
    unlockScanSound();
    try {
      const result = await commitScanAction(sessionRequest(s, true));
      if (result.ok) {
        startOver({ target: s.target, action: s.action });
        setNotice(null);
        setAccepted(result.session);
        beep('ok');
      } else {
        setCommitRefusal(result);
        setRefresh((n) => n + 1);
        beep('error');
      }
    } catch {
      setCommitRefusal({ ok: false, message: 'The connection failed before the answer came. Tap Accept again: the session is posted only once.' });
      beep('error');
    } finally {
      acceptingNow.current = false;
      setAccepting(false);
    }
  };

  const qtyStep = () => {
    unlockScanSound();
    const s = current.current;
    const quantity = quantityStep(box.current?.value ?? '');
    if (!s) return;
    if (!quantity) return tell('error', 'Type the quantity in the scan box first (such as 25), tap Qty, then scan.');
    keyboard.clearBox();
    save(setNextQuantity(s, quantity));
    setFeedback({ kind: 'ok', message: `The next scan counts ${quantity}.` });
    keyboard.focusBox();
  };

  if (!session) return <p className="text-slate-700">Opening your session…</p>;

  if (accepted) {
    return (
      <AcceptedPanel
        session={accepted}
        onAnother={() => {
          setAccepted(null);
          // The same order or run again, while it is still offered (a delivery may have completed the order).
          const s = current.current!;
          save(goTo(s.target && !findOption(groups, s.target.number) ? chooseTarget(s, null) : s, 'choose'));
        }}
      />
    );
  }

  const change = (f: (s: Session) => Session) => save(f(current.current!));
  const noticeLine = notice ? (
    <p role="status" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">
      {notice}
    </p>
  ) : null;
  const cancel = (
    <CancelSession
      lines={session.lines.length}
      onDiscard={() => {
        startOver();
        setNotice('Session discarded; nothing was posted.');
      }}
    />
  );

  if (session.step === 'choose') {
    return (
      <div className="space-y-4">
        {noticeLine}
        <TargetStep
          session={session}
          groups={groups}
          actions={actions}
          onTarget={(t) => change((s) => chooseTarget(s, t))}
          onAction={(a) => change((s) => chooseAction(s, a))}
          onStart={() => {
            setNotice(null);
            change((s) => goTo(s, 'scan'));
          }}
        />
        {session.lines.length ? cancel : null}
      </div>
    );
  }

  const places = <SessionPlaces session={session} onClear={(role) => change((s) => clearPlace(s, role))} />;
  const onQuantity = (id: string, q: string) => change((s) => setQuantity(s, id, q));
  const onRemove = (id: string) => change((s) => removeLine(s, id));

  if (session.step === 'review') {
    return (
      <ReviewStep
        session={session}
        preview={preview}
        checking={checking}
        commitRefusal={commitRefusal}
        accepting={accepting}
        top={
          <>
            <SessionHeader session={session} />
            {places}
          </>
        }
        cancel={cancel}
        onAccept={accept}
        onBack={() => change((s) => goTo(s, 'scan'))}
        onQuantity={onQuantity}
        onRemove={onRemove}
      />
    );
  }

  const source = session.location?.code ?? null;
  return (
    <div className="space-y-4">
      {noticeLine}
      <SessionHeader session={session} onChange={() => change((s) => goTo(s, 'choose'))} />
      {places}
      <ScanPanel
        box={box}
        flash={flash?.kind ?? null}
        feedback={feedback}
        busy={busy > 0}
        camera={camera}
        nextQuantity={session.nextQuantity}
        onSubmit={() => {
          unlockScanSound();
          keyboard.submitBox(null);
        }}
        onInput={keyboard.onBoxInput}
        onQty={qtyStep}
        onCamera={() => {
          unlockScanSound();
          cameraOpen.current = !camera;
          setCamera(!camera);
        }}
        onClearQuantity={() => change((s) => setNextQuantity(s, null))}
      />
      {camera ? (
        <CameraPanel
          onCode={enqueue}
          onClose={() => {
            cameraOpen.current = false;
            setCamera(false);
          }}
        />
      ) : null}
      <section aria-labelledby="lines-heading" className="space-y-3">
        <h2 id="lines-heading" className="text-lg font-semibold">
          Scanned: {linesCount(session.lines.length)}
        </h2>
        {session.lines.length ? (
          <ul className="space-y-3" aria-label="Scanned lines">
            {session.lines.map((line) => (
              <LineCard key={line.id} line={line} source={source} onQuantity={(q) => onQuantity(line.id, q)} onRemove={() => onRemove(line.id)} />
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-700">Nothing scanned yet.</p>
        )}
      </section>
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn-primary min-h-12 px-6 text-base" disabled={!session.lines.length} onClick={() => change((s) => goTo(s, 'review'))}>
          Review
        </button>
        {cancel}
      </div>
    </div>
  );
}
