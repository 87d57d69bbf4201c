// The key set every language's catalogue has: the shape of src/text/nb.ts with its literal strings
// widened to `string`. A catalogue for another language is declared `const en: Texts = { … }`, so a
// missing, extra or misshapen entry does not compile.
import type { nb } from './nb';

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : { readonly [K in keyof T]: Widen<T[K]> };

export type Texts = Widen<typeof nb>;
