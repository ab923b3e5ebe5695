// A tagged template for parameterised SQL on the pg pool: values always become
// $n parameters, fragments nest. Dynamic filters compose without string concatenation.

export class Sql {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly unknown[],
  ) {}
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  return new Sql(strings, values);
}

export const empty = sql``;

/** SQL text written in our code (an alias, a column name), never anything a user typed. */
export function trusted(text: string): Sql {
  return new Sql([text], []);
}

export function join(parts: Sql[], separator: string): Sql {
  if (!parts.length) return empty;
  const strings = ['', ...Array(parts.length - 1).fill(separator), ''];
  return new Sql(strings, parts);
}

/** Renders to pg's { text, values } with $1, $2, ... */
export function render(query: Sql): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const walk = (q: Sql): string => {
    let text = q.strings[0];
    q.values.forEach((v, i) => {
      if (v instanceof Sql) text += walk(v);
      else {
        values.push(v);
        text += `$${values.length}`;
      }
      text += q.strings[i + 1];
    });
    return text;
  };
  return { text: walk(query), values };
}
