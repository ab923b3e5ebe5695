import { describe, expect, it } from 'vitest';
import { join, render, sql } from './sql';

describe('sql tagged template', () => {
  it('turns every value into a parameter, also inside nested fragments', () => {
    const evil = "x'; DROP TABLE \"Item\"; --";
    const where = join([sql`sku = ${evil}`, sql`qty > ${5}`], ' AND ');
    expect(render(sql`SELECT * FROM t WHERE ${where} LIMIT ${10}`)).toEqual({
      text: 'SELECT * FROM t WHERE sku = $1 AND qty > $2 LIMIT $3',
      values: [evil, 5, 10],
    });
  });

  it('renders an empty join as nothing', () => {
    expect(render(sql`SELECT 1 ${join([], ' AND ')}`)).toEqual({ text: 'SELECT 1 ', values: [] });
  });
});
