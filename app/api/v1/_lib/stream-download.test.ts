import { afterEach, describe, expect, it, vi } from 'vitest';
import { streamDownload } from './stream-download';

const file = { contentType: 'text/csv; charset=utf-8', filename: 'x.csv' };

afterEach(() => vi.restoreAllMocks());

describe('streamed downloads', () => {
  it('streams every line with download headers', async () => {
    async function* lines() {
      for (let i = 0; i < 3000; i++) yield `line ${i}\r\n`;
    }
    const res = await streamDownload(lines(), file);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="x.csv"');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = await res.text();
    expect(text.split('\r\n')).toHaveLength(3001);
    expect(text.startsWith('line 0\r\nline 1\r\n')).toBe(true);
  });

  it('throws before any Response exists when the generator fails at once', async () => {
    async function* refused(): AsyncGenerator<string> {
      throw new Error('refused');
    }
    await expect(streamDownload(refused(), file)).rejects.toThrow('refused');
  });

  it('answers an empty export with an empty body', async () => {
    async function* none(): AsyncGenerator<string> {}
    expect(await (await streamDownload(none(), file)).text()).toBe('');
  });

  it('stops the generator when the client hangs up', async () => {
    let finished = false;
    async function* endless() {
      try {
        for (;;) yield 'x'.repeat(1000);
      } finally {
        finished = true;
      }
    }
    const res = await streamDownload(endless(), file);
    const reader = res.body!.getReader();
    await reader.read();
    await reader.cancel();
    expect(finished).toBe(true);
  });

  it('logs a failure after the first line and errors the stream', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    async function* failing() {
      yield 'header\r\n';
      throw new Error('database went away');
    }
    const res = await streamDownload(failing(), file);
    await expect(res.text()).rejects.toThrow('database went away');
    expect(log).toHaveBeenCalledOnce();
  });
});
