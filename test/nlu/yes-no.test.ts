import { parseYesNo } from '../../src/nlu';

describe('parseYesNo (a lone yes or no, for the router)', () => {
  it.each(['ja', 'Ja!', 'jepp', 'ja, det har jeg', 'stemmer', 'yes'])('%s → yes', (text) => expect(parseYesNo(text)).toBe(true));
  it.each(['nei', 'Nei takk', 'nope', 'har ikke', 'nei, det har jeg ikke'])('%s → no', (text) => expect(parseYesNo(text)).toBe(false));
  it.each(['vet ikke', 'det vet jeg ikke', 'ikke sikker', 'kanskje', 'ja, men ikke helt', '', 'Trøndelag'])('%s → neither', (text) =>
    expect(parseYesNo(text)).toBeUndefined(),
  );
});
