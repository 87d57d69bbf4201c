// npx tsx bench/places.ts — cost of reading where a person lives or works.
// Prints the time to build the matcher from knowledge/places.json, and p50/p95 of matchPlace for a few
// hundred messages of about 300 characters and of about 4,000 characters (after 5,000 warm-up calls), and of
// matchCountyAnswer for short answers. Messages are made from sentences people write, with a fixed seed.
import path from 'node:path';
import { loadPlaceIndex } from '../src/catalogue/places';
import { createPlaceMatcher, type PlaceMatcher } from '../src/nlu/places';
import { seededRandom } from './seeded-random';

const WARM_UP_CALLS = 5000;

const SENTENCES = [
  'Hei, jeg er 44 år og har jobbet på lager i Namsos i fire år, 80 % stilling.',
  'Æ e 38 og har jobba tre og et halvt år på verkstedet på Orkanger.',
  'Jeg bor i Bodø, men søsteren min bor i Trondheim, og jeg var på kurs i Oslo i fjor.',
  'I live in Tromsø and work full time as a cleaner at the hospital, no trade certificate.',
  'Jobber skift som prosessoperatør på Herøya, har ikke fagbrev ennå.',
  'Vi var på ferie i Spania i sommer, og nå lurer jeg på om jeg kan ta fagbrev på jobb.',
  'Forresten skrev jeg feil, jeg bor i Trondheim nå, ikke Bodø.',
  'Jeg har jobbet i barnehage i tolv år og vil bli barne- og ungdomsarbeider.',
  'Kan jeg ta kompetansebevis mens jeg jobber deltid i butikk?',
  'e jobbe på sagbruket, ka ska æ gjør for å få fagbrev',
  'Har 6 år praksis i 70 % stilling som helsefagarbeider på sykehjemmet på Stord.',
  'Jeg er permittert fra jobben på Hydro Sunndal og vurderer å ta fagbrev som industrimekaniker.',
  'Kona mi jobber i Bergen, men jeg pendler fra Voss til Odda hver dag.',
  'Er det noen kurs i automatisering i Telemark?',
  'Jeg kommer fra Eritrea og har bodd i Norge i seks år, nå bor jeg i Alta.',
];

function message(random: () => number, chars: number): string {
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const s = SENTENCES[Math.floor(random() * SENTENCES.length)];
    parts.push(s);
    length += s.length + 1;
  }
  return parts.join(' ').slice(0, chars);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function time(matcher: (t: string) => unknown, texts: string[], repeats: number): { p50: number; p95: number } {
  // Warm-up: enough calls for V8 to optimise every path (one pass over the set is not).
  for (let calls = 0; calls < WARM_UP_CALLS; calls += texts.length) for (const t of texts) matcher(t);
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    for (const t of texts) {
      const t0 = performance.now();
      matcher(t);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

function main(): void {
  const file = path.join(__dirname, '..', 'knowledge', 'places.json');
  const t0 = performance.now();
  const index = loadPlaceIndex(file);
  const t1 = performance.now();
  const m: PlaceMatcher = createPlaceMatcher(index);
  const t2 = performance.now();
  console.log(`places.json: ${index.municipalities.length} municipalities, ${index.names.length} names`);
  console.log(`load + validate ${(t1 - t0).toFixed(1)} ms, build matcher ${(t2 - t1).toFixed(1)} ms`);

  const random = seededRandom(20241);
  const short = Array.from({ length: 300 }, () => message(random, 300));
  const long = Array.from({ length: 200 }, () => message(random, 4000));
  const answers = ['Namsos', 'trøndelag', 'i bodø', 'Viken', 'Herøy, Nordland', 'jeg bor i Steinkjer kommune', 'Rogland', 'vet ikke'];
  const fmt = (r: { p50: number; p95: number }) => `p50 ${(r.p50 * 1000).toFixed(1)} µs, p95 ${(r.p95 * 1000).toFixed(1)} µs`;
  console.log(`matchPlace, 300 messages of 300 chars:   ${fmt(time(m.matchPlace, short, 10))}`);
  console.log(`matchPlace, 200 messages of 4000 chars:  ${fmt(time(m.matchPlace, long, 3))}`);
  console.log(`matchCountyAnswer, short answers:        ${fmt(time(m.matchCountyAnswer, answers, 500))}`);
}

main();
