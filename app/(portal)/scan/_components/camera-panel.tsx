'use client';
// The phone's rear camera as a scanner: frames are read a few times a second
// (the browser's BarcodeDetector, or zxing-wasm loaded only now) and a code
// read is handed over as a scan; the same code again only after a pause.
import { useEffect, useRef, useState } from 'react';
import { cameraErrorMessage, cameraUnavailableReason, DECODER_FAILED } from '../_lib/camera-messages';

const FRAME_MS = 200;
const SAME_CODE_PAUSE_MS = 2500;
const MAX_FRAME_WIDTH = 1280;

type CameraState = { phase: 'starting' } | { phase: 'scanning'; engine: string } | { phase: 'failed'; message: string };

export function CameraPanel({ onCode, onClose }: { onCode: (text: string) => void; onClose: () => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const handOver = useRef(onCode);
  const [state, setState] = useState<CameraState>({ phase: 'starting' });

  useEffect(() => {
    handOver.current = onCode;
  }, [onCode]);

  useEffect(() => {
    let stopped = false;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fail = (message: string) => !stopped && setState({ phase: 'failed', message });

    (async () => {
      const unavailable = cameraUnavailableReason({ isSecureContext: window.isSecureContext, hasGetUserMedia: typeof navigator.mediaDevices?.getUserMedia === 'function' });
      if (unavailable) return fail(unavailable);
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } }, audio: false });
      } catch (e) {
        return fail(cameraErrorMessage(e));
      }
      const element = video.current;
      if (stopped || !element) return;
      element.srcObject = stream;
      await element.play().catch(() => undefined);

      let decoder: Awaited<ReturnType<typeof import('@/lib/scan/decode-image').createImageDecoder>>;
      try {
        const { createImageDecoder } = await import('@/lib/scan/decode-image');
        const detector = (globalThis as { BarcodeDetector?: Parameters<typeof createImageDecoder>[0] }).BarcodeDetector ?? null;
        decoder = await createImageDecoder(detector);
      } catch {
        return fail(DECODER_FAILED);
      }
      if (stopped) return;
      setState({ phase: 'scanning', engine: decoder.engine });

      const canvas = document.createElement('canvas');
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) return fail('The camera picture cannot be read in this browser. Use a scanner or type the code.');
      let last = { text: '', at: 0 };
      const readFrame = async () => {
        if (stopped) return;
        if (element.readyState >= 2 && element.videoWidth > 0) {
          const scale = Math.min(1, MAX_FRAME_WIDTH / element.videoWidth);
          canvas.width = Math.round(element.videoWidth * scale);
          canvas.height = Math.round(element.videoHeight * scale);
          context.drawImage(element, 0, 0, canvas.width, canvas.height);
          const result = await decoder.decode(context.getImageData(0, 0, canvas.width, canvas.height));
          const text = result.ok ? result.barcodes[0]?.scanText : undefined;
          const now = Date.now();
          if (!stopped && text && (text !== last.text || now - last.at > SAME_CODE_PAUSE_MS)) {
            last = { text, at: now };
            handOver.current(text);
          } else if (text) last.at = now; // still in view: keep waiting for it to leave
        }
        if (!stopped) timer = setTimeout(readFrame, FRAME_MS);
      };
      void readFrame();
    })();

    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, []);

  return (
    <section aria-labelledby="camera-heading" className="card space-y-3" data-keep-focus>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="camera-heading" className="text-lg font-semibold">
          Camera
        </h2>
        <button type="button" className="btn-secondary min-h-12" onClick={onClose}>
          Close camera
        </button>
      </div>
      {state.phase === 'failed' ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.message}
        </p>
      ) : (
        <>
          <video ref={video} muted playsInline aria-label="Camera picture" className="aspect-video w-full rounded-md bg-black object-cover" />
          <p role="status" className="text-sm text-slate-700">
            {state.phase === 'starting' ? 'Starting the camera…' : 'Hold the barcode in the picture; it is read by itself.'}
          </p>
        </>
      )}
    </section>
  );
}
