// Reads a JSON request body with a size cap. Failures here are the client's
// framing (not JSON, too big), answered 400/413 before any domain code runs.
export class MalformedRequest extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
    this.name = 'MalformedRequest';
  }
}

export const MAX_JSON_BODY_BYTES = 1024 * 1024;

async function readCapped(request: Request, maxBytes: number): Promise<string> {
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return '';
  // Streamed with a running count, because a chunked body has no content-length to check.
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const tooLarge = (maxBytes: number) => new MalformedRequest(413, `The request body is larger than ${Math.floor(maxBytes / 1024)} KiB.`);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new MalformedRequest(400, 'The request body is not valid JSON.');
  }
}

export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<unknown> {
  const text = await readCapped(request, maxBytes);
  if (!text.trim()) throw new MalformedRequest(400, 'Send a JSON object as the request body.');
  return parseJson(text);
}

/** For operations whose body is all optional fields: no body (or an empty one) reads as `{}`. */
export async function readOptionalJsonBody(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<unknown> {
  const text = await readCapped(request, maxBytes);
  return text.trim() ? parseJson(text) : {};
}
