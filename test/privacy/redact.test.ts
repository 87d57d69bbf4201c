import {
  REDACTED,
  hasValidControlDigits,
  isLikelyNationalId,
  looksLikeBirthDate,
  redact,
  redactObject,
} from '../../src/privacy/redact';

// Control digits computed here from the published algorithm (Skatteetaten), independently of the module.
function controlDigits(nine: string): string | undefined {
  const d = [...nine].map(Number);
  const mod = (weights: number[], digits: number[]) => {
    const r = 11 - (weights.reduce((s, w, i) => s + w * digits[i], 0) % 11);
    return r === 11 ? 0 : r;
  };
  const k1 = mod([3, 7, 6, 1, 8, 9, 4, 5, 2], d);
  if (k1 === 10) return undefined;
  const k2 = mod([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], [...d, k1]);
  if (k2 === 10) return undefined;
  return `${nine}${k1}${k2}`;
}

/** The first `count` valid numbers for a birth date (ddmmyy), trying individual numbers 000–999. */
function validNumbers(ddmmyy: string, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < 1000 && out.length < count; i++) {
    const n = controlDigits(ddmmyy + String(i).padStart(3, '0'));
    if (n) out.push(n);
  }
  return out;
}

const FNR = validNumbers('150385', 5); // born 15 March 1985
const D_NUMBER = validNumbers('550385', 1)[0]; // D-number: day + 40
const FNR_2000 = validNumbers('010203', 1)[0];

describe('fødselsnummer and D-number', () => {
  it('has test numbers that are valid by construction', () => {
    expect(FNR).toHaveLength(5);
    for (const n of [...FNR, D_NUMBER, FNR_2000]) expect(hasValidControlDigits(n)).toBe(true);
  });

  it('redacts valid numbers, written together or with a space', () => {
    for (const n of FNR) {
      expect(redact(`Fødselsnummeret mitt er ${n}.`)).toBe(`Fødselsnummeret mitt er ${REDACTED.nationalId}.`);
      expect(redact(`fnr ${n.slice(0, 6)} ${n.slice(6)}`)).toBe(`fnr ${REDACTED.nationalId}`);
      expect(redact(`fnr ${n.slice(0, 6)}\u00a0${n.slice(6)}`)).toBe(`fnr ${REDACTED.nationalId}`);
    }
    expect(redact(`D-nummer: ${D_NUMBER}`)).toBe(`D-nummer: ${REDACTED.nationalId}`);
    expect(redact(FNR_2000)).toBe(REDACTED.nationalId);
  });

  it('redacts a mistyped number that still looks like ddmmyy + 5 digits', () => {
    const typo = FNR[0].slice(0, 10) + String((Number(FNR[0][10]) + 1) % 10);
    expect(hasValidControlDigits(typo)).toBe(false);
    expect(looksLikeBirthDate(typo)).toBe(true);
    expect(redact(`nr ${typo}`)).toBe(`nr ${REDACTED.nationalId}`);
  });

  it('keeps an ordinary 11-digit number that fails the check and is not a date', () => {
    for (const n of ['12345678901', '99999999999', '32131234567', '98765432100']) {
      expect(hasValidControlDigits(n)).toBe(false);
      expect(isLikelyNationalId(n)).toBe(false);
      expect(redact(`Referanse ${n}`)).toBe(`Referanse ${n}`);
    }
  });

  it('redacts a number with valid control digits even when the date part is odd (synthetic numbers)', () => {
    const synthetic = validNumbers('159385', 1)[0]; // month + 80
    expect(redact(synthetic)).toBe(REDACTED.nationalId);
  });

  it('leaves 10- and 12-digit numbers and digits glued to letters alone', () => {
    expect(redact(`${FNR[0]}9`)).toBe(`${FNR[0]}9`);
    expect(redact(FNR[0].slice(1))).toBe(FNR[0].slice(1));
    expect(redact(`id-a${FNR[0]}b`)).toBe(`id-a${FNR[0]}b`);
  });
});

describe('phone numbers and e-mail', () => {
  it.each([
    ['Ring meg på 91234567', `Ring meg på ${REDACTED.phone}`],
    ['mobil: 912 34 567', `mobil: ${REDACTED.phone}`],
    ['tlf 22 33 44 55.', `tlf ${REDACTED.phone}.`],
    ['+47 912 34 567', REDACTED.phone],
    ['+4791234567', REDACTED.phone],
    ['0047 91234567', REDACTED.phone],
    ['kontakt: ola.nordmann@example.no', `kontakt: ${REDACTED.email}`],
    ['Skriv til kari+nav@epost.trøndelag.no i dag', `Skriv til ${REDACTED.email} i dag`],
    // Copied from a web page or a phone: no-break and narrow no-break spaces between the groups.
    ['mobil: 912\u00a034\u00a0567', `mobil: ${REDACTED.phone}`],
    ['tlf 22\u202f33\u202f44\u202f55', `tlf ${REDACTED.phone}`],
    ['tlf 9123\u00a04567', `tlf ${REDACTED.phone}`],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'Budsjettet var 45 000 000 kroner',
    'Strategien gjelder 2020-2023',
    'Organisasjonsnummer 923 456 789',
    'Jeg har jobbet 6 år, 80 % stilling',
    'Kompetansestrategi 2023–2027',
    'Kl. 12.30',
    'Perioden 2019.2023',
  ])('keeps "%s"', (text) => {
    expect(redact(text)).toBe(text);
  });

  it('redacts an address with an over-long local part, and leaves long text without "@" alone', () => {
    expect(redact(`adresse: ${'x'.repeat(80)}@example.no`)).not.toContain('@example.no');
    const noAddress = `${'a'.repeat(50_000)} ${'1'.repeat(50_000)}`;
    expect(redact(noAddress)).toBe(noAddress);
  });
});

describe('health, benefit and criminal-record details', () => {
  it.each([
    ['Jeg er sykemeldt og vil ta fagbrev', `${REDACTED.health} og vil ta fagbrev`],
    [
      'Jeg har jobbet 6 år som operatør, men har vært sykemeldt siden mars på grunn av depresjon.',
      `Jeg har jobbet 6 år som operatør, ${REDACTED.health}.`,
    ],
    ['Jeg får AAP og er registrert hos NAV', `${REDACTED.health} og er registrert hos NAV`],
    ['Jeg mottar arbeidsavklaringspenger. Kan jeg ta fagbrev?', `${REDACTED.health}. Kan jeg ta fagbrev?`],
    ['jeg har ADHD og dysleksi', REDACTED.health],
    ['Jeg er ufør', REDACTED.health],
    ['Jeg har en diagnose, men vil jobbe', `${REDACTED.health}, men vil jobbe`],
    ['Jeg har sonet en dom og vil ta fagbrev', `${REDACTED.criminal} og vil ta fagbrev`],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'Jeg er arbeidssøker hos NAV og arbeidsledig',
    'Kan NAV hjelpe meg med fagbrev?',
    'Jeg er permittert fra jobben',
    'Jeg jobber som sykepleier og helsefagarbeider',
    'Trøndelagsmodellen er et samarbeid mellom NAV og fylkeskommunen',
    'Hvor lang tid tar det? Ca. 120 ms.',
  ])('keeps "%s"', (text) => {
    expect(redact(text)).toBe(text);
  });

  it('is idempotent and handles empty text', () => {
    const once = redact(`Jeg er sykemeldt, fnr ${FNR[1]}, tlf 91234567, e-post a@b.no`);
    expect(redact(once)).toBe(once);
    expect(once).not.toMatch(/\d{8}/);
    expect(redact('')).toBe('');
  });
});

describe('redactObject', () => {
  it('redacts every string in a log record, masks secrets and simplifies errors', () => {
    const circular: Record<string, unknown> = { name: 'loop' };
    circular.self = circular;
    const record = {
      level: 'warn',
      msg: 'svar',
      user: { text: `mitt nummer er 91234567 og fnr ${FNR[0]}`, county: 'Trøndelag' },
      list: ['a@b.no', 42, null, undefined, true],
      apiKey: 'sk-123',
      headers: { 'api-key': 'abc', Authorization: 'Bearer xyz', accept: 'application/json' },
      fnr: '(hva som helst)',
      asNumber: Number(FNR[2]),
      durationMs: 23456789,
      err: new Error(`failed for ${FNR[3]}`),
      when: new Date('2024-05-01T10:00:00Z'),
      map: new Map([['q', 'ring 22334455']]),
      circular,
    };
    expect(redactObject(record)).toEqual({
      level: 'warn',
      msg: 'svar',
      user: { text: `mitt nummer er ${REDACTED.phone} og fnr ${REDACTED.nationalId}`, county: 'Trøndelag' },
      list: [REDACTED.email, 42, null, undefined, true],
      apiKey: REDACTED.secret,
      headers: { 'api-key': REDACTED.secret, Authorization: REDACTED.secret, accept: 'application/json' },
      fnr: REDACTED.nationalId,
      asNumber: REDACTED.nationalId,
      durationMs: 23456789,
      err: { name: 'Error', message: `failed for ${REDACTED.nationalId}` },
      when: '2024-05-01T10:00:00.000Z',
      map: { q: `ring ${REDACTED.phone}` },
      circular: { name: 'loop', self: '[sirkulær]' },
    });
    // The input is not changed.
    expect(record.user.text).toContain('91234567');
  });

  it('passes plain values through', () => {
    expect(redactObject('hei')).toBe('hei');
    expect(redactObject(7)).toBe(7);
    expect(redactObject(null)).toBeNull();
  });
});
