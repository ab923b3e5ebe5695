// Why the camera cannot scan, in words a person on the floor can act on.

export function cameraUnavailableReason(env: { isSecureContext: boolean; hasGetUserMedia: boolean }): string | null {
  if (!env.isSecureContext) return 'The camera only works when the portal is opened over https (or on this computer). Use a scanner or type the code.';
  if (!env.hasGetUserMedia) return 'This browser cannot use the camera. Use a scanner or type the code.';
  return null;
}

export function cameraErrorMessage(error: unknown): string {
  const name = (error as { name?: unknown })?.name;
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'The camera is not allowed for this site. Allow it in the browser’s site settings, then open the camera again — or use a scanner or type the code.';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'No camera was found on this device. Use a scanner or type the code.';
    case 'NotReadableError':
    case 'AbortError':
      return 'The camera is busy in another app. Close that app, then open the camera again.';
    default:
      return 'The camera could not be started. Use a scanner or type the code.';
  }
}

export const DECODER_FAILED = 'The barcode reader could not be loaded. Check the connection, then open the camera again.';
