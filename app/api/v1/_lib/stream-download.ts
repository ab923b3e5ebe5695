// A file download streamed from a domain generator (e.g. the inventory CSV).
// The first chunk is awaited before the Response exists, so validation and
// permission errors still become problem responses; after that the body is
// pulled chunk by chunk, and a client that hangs up stops the generator.
const CHUNK_BYTES = 64 * 1024;

export interface Download {
  contentType: string;
  filename: string;
}

export async function streamDownload(lines: AsyncGenerator<string>, file: Download): Promise<Response> {
  const first = await lines.next();
  const encoder = new TextEncoder();
  let pending: IteratorResult<string> | null = first;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        // Batch small lines into chunks of a useful size.
        let text = '';
        for (;;) {
          const next = pending ?? (await lines.next());
          pending = null;
          if (next.done) {
            if (text) controller.enqueue(encoder.encode(text));
            controller.close();
            return;
          }
          text += next.value;
          if (text.length >= CHUNK_BYTES) break;
        }
        controller.enqueue(encoder.encode(text));
      } catch (error) {
        // Headers are gone by now: all that is left is to log and cut the download short.
        console.error(`API download ${file.filename} failed mid-stream`, error);
        controller.error(error);
      }
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': file.contentType,
      // The name is ours (ASCII, no quotes), never taken from the request.
      'content-disposition': `attachment; filename="${file.filename}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
