import { plainText } from '../../src/privacy/markup';

describe('plainText (user words echoed back)', () => {
  it.each([
    ['<b>sveiser</b>', 'sveiser'],
    ['<img src=x onerror=alert(1)>sveiser', 'sveiser'],
    ['[klikk her](https://evil.example/phish)', 'klikk her'],
    ['![](https://tracker.example/p.png) kokk', 'kokk'],
    ['**fet** _kursiv_ `kode`', 'fet kursiv kode'],
    ['operatør www.evil.no', 'operatør'],
    ['operatør evil.example', 'operatør'],
    ['helsefagarbeider', 'helsefagarbeider'],
    ['barne- og ungdomsarbeider', 'barne- og ungdomsarbeider'],
  ])('%j → %j', (input, expected) => {
    expect(plainText(input)).toBe(expected);
  });
});
