// A yes/no question about the person's own situation ("Jeg jobber 60 % i Trondheim. Holder det for
// fagbrev på jobb?") is decided by the rules engine (knowledge/rules), not by the nearest sentence:
// the question's topic names the path, the person's words give the profile, and the path's verdict
// opens the answer with the reason that decides it and what is still unknown.
import { PATH_IDS, type PathAssessment, type PathId, type Profile, type ProfileField } from '../catalogue/schema';
import type { Fact } from '../catalogue/facts';
import type { RulesKnowledge } from '../catalogue/types';
import { factCitations } from '../catalogue/facts';
import { foldText } from '../normalise';
import type { AnswerTexts, Statement } from './compose';
import { asksBeyondTopics, type Question } from './question';

export interface RulesVerdict {
  path: PathId;
  status: 'eligible' | 'not-eligible' | 'needs-info';
  opening: string[];
  statements: Statement[];
  /** Facts the statements restate (so supporting facts do not repeat them). */
  facts: Fact[];
  /** A reason shown speaks to a word the question asks about (not only to the path). */
  speaks: boolean;
  /**
   * A number the person gives beside their age is one none of the path's reasons reads ("Jeg jobber 85 %. Regnes det
   * som fulltid for praksiskandidat?" while the verdict waits on the years): the question is about that number.
   */
  leavesNumber: boolean;
}

export interface RulesAnswerer {
  /** The verdict for the question's path, or undefined when the rules have nothing to decide. */
  decide(q: Question, texts: AnswerTexts): RulesVerdict | undefined;
}

/** The route whose condition is the length of practice, and so how long until one qualifies. */
const PRACTICE_LENGTH_ROUTE: PathId = 'praksiskandidat';

/** How many more years, asked as a count (folded): "hvor mange år til", "how many more years" (not "hvor mange år må man ha", the rule). */
const YEARS_ASKED = /\b(?:hvor|kor) mange (?:ar|aar) (?:til|mer|ekstra)\b|\b(?:hvor|kor) mange flere (?:ar|aar)\b|\bhow many more years\b/u;

/** Two things asked between (the text that asks, folded). */
const EITHER_OR = /\b(?:eller|or)\b/u;

/** Reasons shown at most. */
const MAX_REASONS = 2;

/** The rules engine's verdict on one path for a profile (its status, reasons and what is missing). */
export type AssessPath = (profile: Profile, path: PathId, lang: 'nb' | 'en') => Pick<PathAssessment, 'status' | 'reasons' | 'missing'> | undefined;

/** How much of what the question asks a reason's text speaks to (0 when none of it). */
export type Relevance = (q: Question, text: string) => number;

export function createRulesAnswerer(kb: RulesKnowledge, assessPath: AssessPath, relevance: Relevance = () => 0): RulesAnswerer {
  const pathIds = new Set<string>(PATH_IDS);
  const pathById = new Map(kb.paths.map((p) => [p.id, p]));
  /** The fact a path's condition cites by id. */
  const conditionFact = (path: PathId, condition: string): Fact | undefined => {
    const id = pathById.get(path)?.variants.flatMap((v) => v.conditions).find((c) => c.id === condition)?.fact;
    return kb.facts.find((f) => f.id === id);
  };
  /** For someone who has not finished upper secondary, what the ordinary route holds for them: the right to finish it. */
  const rightToFinish = conditionFact(SCHOOL_ROUTE, RIGHT_TO_FINISH);
  /** For someone with a certificate, the right to take another (the ordinary route's condition on it). */
  const anotherCertificate = conditionFact(SCHOOL_ROUTE, ANOTHER_CERTIFICATE);
  /** What fagskole builds on, a certificate among them (its condition on it). */
  const buildsOnCertificate = conditionFact(FURTHER_ROUTE, BUILDS_ON);
  const factByCitation = new Map<string, Fact>();
  for (const f of kb.facts) for (const c of factCitations(f)) factByCitation.set(JSON.stringify(c), f);
  // The profile fields each path's conditions read: a question that states none of them is not about the
  // person's situation for that path.
  const fieldsByPath = new Map<string, Set<ProfileField>>(
    kb.paths.map((p) => [p.id, new Set(p.variants.flatMap((v) => v.conditions.flatMap((c) => c.fields)))]),
  );

  return {
    decide(q, texts) {
      // "Er det aldersgrense …?" asks about the rule, whoever asks: the facts answer it.
      // "… uten å miste trygden?" asks about a benefit, which the rules of a path do not decide.
      // "Hvor lang tid tar det å bli praksiskandidat når jeg har 3 år praksis?": how long is what the rules work out from the
      // practice told ("du mangler om lag 2 år"), said without a yes or no. (Only for the route whose condition is the length
      // of practice: how long a contract for fagbrev på jobb runs is another length.)
      const howLong =
        !q.yesNo && (q.facet === 'duration' || YEARS_ASKED.test(q.askedText)) && q.topics.some((t) => t.topic === PRACTICE_LENGTH_ROUTE) && q.profile.practiceYears !== undefined;
      // "Jeg har jobbet 15 år som operatør uten fagbrev. Hva kan jeg gjøre?": what is open to the person is each adult
      // route's verdict.
      const namesRoute = q.topics.some((t) => pathIds.has(t.topic));
      const options = OPTIONS_ASKED[q.reads].test(q.askedText) && !namesRoute;
      // "What is the fastest way to a Norwegian trade certificate?" asks which route, told work or not: each route says.
      if (WAY_TO_CERTIFICATE_ASKED.test(q.askedText) && !namesRoute && q.profile.hasTradeCertificate !== true) return routesOpen(q, texts);
      // "Har fagbrev som kokk. Kan jeg ta et nytt som elektriker?": the right to another certificate answers, whatever trade
      // is named. (Asked without telling of one's own, "kan man ta flere fagbrev?", the facts answer: the law, what else it
      // changed.)
      // (So does whether one may, told of a certificate in one trade and wanting one in another: "har fagbrev som kokk, vil ta
      // fagbrev som kjemiprosessoperatør. Har jeg rett til det?"; one asked with the certificate named, "rett til et fagbrev
      // til?", the facts answer, with what else it asks.)
      const otherTradeWanted = q.yesNo && q.profile.certificateTrade !== undefined && q.profile.trade !== undefined && q.profile.trade !== q.profile.certificateTrade && MAY_ASKED.test(q.askedText) && !CERTIFICATE_NAMED.test(q.askedText);
      if ((ANOTHER_CERTIFICATE_ASKED.test(q.askedText) || otherTradeWanted) && anotherCertificate && q.profile.hasTradeCertificate === true && !q.topics.some((t) => pathIds.has(t.topic) && t.tokens.length > 0)) return anotherOne(q, anotherCertificate);
      // "Har fagbrev som industrimekaniker, hva er neste steg?": what builds on a certificate one has.
      if ((options || NEXT_STEP_ASKED.test(q.askedText)) && q.profile.hasTradeCertificate === true && q.topics.length === 0) return routesFurther(q, texts);
      // "Er det mulig å ta fagbrev som voksen uten å gå på skole?", no route named and no work told (which the rules below
      // weigh): the adult routes through work, what each is.
      // (Upper secondary named as what to do without, "uten vgs", is no other topic asked about.)
      if (q.yesNo && q.value === undefined && !toldWork(q) && q.profile.hasTradeCertificate !== true && ASKS_FOR_CERTIFICATE.test(q.folded) && AS_ADULT_WITHOUT_SCHOOL.test(q.askedText)) {
        if (q.topics.every((t) => t.topic === UPPER_SECONDARY || toldOnly(q, t.topic))) return routesOpen(q, texts);
      }
      // ("Tar batterifabrikken inn lærlinger i år?" asks about a firm hiring now, which no rule of a route decides.)
      if ((!q.yesNo && !howLong && !options) || q.asksWhetherThereIs || q.value === 'benefit' || q.asksHiringNow) return undefined;
      // (Only from someone who tells of their work or certificate, "Naboen lager bråk, hva kan jeg gjøre?" reads a trade
      // alone, or who asks for a certificate: "Hvordan får jeg fagbrev?".)
      if (options) return toldWork(q) || (q.profile.hasTradeCertificate !== true && CERTIFICATE_NAMED.test(q.askedText)) ? routesOpen(q, texts) : undefined;
      // "Gjelder fagbrev på jobb bare for industri?" asks about the scheme, not whether the person qualifies.
      if (!PERSON_ASKED[q.reads].test(q.askedText) && !q.aboutSomeoneElse) return undefined;
      // A condition put in words the sources never use ("hvis jeg jobber i et vikarbyrå") is one the rules cannot weigh.
      if (q.words.some((w, i) => w.unknown && !w.generic && !w.place && q.conditionWords.has(foldText(q.analysis.words[i].surface)))) return undefined;
      // "Er fagbrev på jobb eller praksiskandidat best for meg?" asks which of two routes, which no yes answers: each route's verdict does.
      const routes = q.topics
        .filter((t) => pathIds.has(t.topic) && t.tokens.length > 0)
        .sort((a, b) => Math.min(...a.tokens) - Math.min(...b.tokens))
        .map((t) => t.topic as PathId);
      if (routes.length >= 2 && EITHER_OR.test(q.askedText)) return verdictEach(routes, q, texts);
      const topic = q.topics.find((t) => pathIds.has(t.topic));
      // ("Kan jeg bli barne- og ungdomsarbeider uten å gå på skole?" asks for the certificate of that trade.)
      const becomesTrade = BECOME.test(q.folded) && q.words.some((w) => w.work && !w.story);
      // (Also past a topic it would rather do without: "… uten å ta vgs?")
      // ("Kan jeg bli helsefagarbeider?" with no route open yet: what each route needs, as for "hva kan jeg gjøre?".)
      if (!topic) {
        // (A topic only the story names, "droppa ut på vg1", is no other thing asked about.)
        const asksOtherTopic = q.topics.some((t) => !toldOnly(q, t.topic));
        if (!becomesTrade && !(!asksOtherTopic && ASKS_FOR_CERTIFICATE.test(q.folded))) return undefined;
        const open = routeToCertificate(q, texts);
        if (open) return open;
        // ("Har jobba som barnehageassistent i 8 år, 60 % stilling. Kan jeg ta fagbrev?" with no route open yet: what each
        // route lacks or waits on.)
        // (Not for practice abroad, whose counting no source gives.)
        if (toldWork(q) && (becomesTrade || (q.profile.hasTradeCertificate !== true && !q.practiceAbroad && asksOnlyCertificate(q)))) return routesOpen(q, texts);
        return becomesTrade && q.profile.hasTradeCertificate !== true && q.profile.trade !== undefined ? routesOpen(q, texts) : undefined;
      }
      const verdict = verdictOn(topic.topic as PathId, q, texts);
      return howLong && verdict ? { ...verdict, opening: verdict.opening.filter((line) => line === texts.verdictForOther) } : verdict;
    },
  };

  /**
   * "Jeg har jobbet 7 år som truckfører, kan jeg ta fagbrev?" names no route: the first of the adult routes to a
   * certificate the person qualifies for answers, said with its name (no verdict when none is open yet).
   */
  function routeToCertificate(q: Question, texts: AnswerTexts): RulesVerdict | undefined {
    for (const path of CERTIFICATE_ROUTES) {
      const verdict = verdictOn(path, q, texts);
      if (verdict?.status === 'eligible') return verdict;
    }
    return undefined;
  }

  /** Each route's verdict with the reason that decides it, when the rules can weigh the person's situation for all of them. */
  function verdictEach(routes: readonly PathId[], q: Question, texts: AnswerTexts): RulesVerdict | undefined {
    const verdicts = routes.map((path) => verdictOn(path, q, texts));
    if (verdicts.some((v) => v === undefined || v.statements.length === 0)) return undefined;
    const each = verdicts as RulesVerdict[];
    return {
      path: each[0].path,
      status: statusOfAll(each),
      opening: [...(q.aboutSomeoneElse ? [texts.verdictForOther] : []), texts.verdictEach],
      statements: each.map((v) => {
        const reason = waitingOn(v) ?? v.statements[0];
        return { text: `${texts.routeVerdict[v.status](routeTitle(v.path, q.lang))} ${reason.text}`, citations: reason.citations };
      }),
      facts: each.flatMap((v) => v.facts),
      // (Which route is what was asked: the verdicts speak to it.)
      speaks: true,
      leavesNumber: false,
    };
  }

  /**
   * What is open to a person asking what they can do: each adult route to a certificate, with its verdict and the reason
   * that decides it where the rules can weigh what they told, else what the route is (and what the verdict waits on).
   */
  function routesOpen(q: Question, texts: AnswerTexts): RulesVerdict | undefined {
    const statements: Statement[] = [];
    const facts: Fact[] = [];
    const verdicts: RulesVerdict[] = [];
    // (Someone who has not finished upper secondary has the ordinary route too: the right to finish it.)
    const routes = q.profile.completedUpperSecondary === false && q.profile.hasTradeCertificate !== true ? [...CERTIFICATE_ROUTES, SCHOOL_ROUTE] : CERTIFICATE_ROUTES;
    for (const path of routes) {
      // (The reasons in the rules' own order: what the question asks, "hva kan jeg gjøre?", speaks to none of them.)
      const verdict = verdictOn(path, q, texts, false);
      const about = path === SCHOOL_ROUTE ? rightToFinish : routeFact(path);
      const title = routeTitle(path, q.lang);
      const waitsOn = verdict && waitingOn(verdict);
      if (verdict && !waitsOn && verdict.statements.length > 0) {
        verdicts.push(verdict);
        facts.push(...verdict.facts);
        const [reason] = verdict.statements;
        statements.push({ text: `${texts.routeVerdict[verdict.status](title)} ${reason.text}`, citations: reason.citations });
        continue;
      }
      if (!about) return undefined;
      facts.push(about);
      if (verdict) verdicts.push(verdict);
      const says = { text: q.lang === 'en' ? about.en : about.text, citations: factCitations(about) };
      // ("Praksiskandidatordningen er …" says its own name.)
      const named = foldText(says.text).startsWith(foldText(title.split(' (')[0]));
      statements.push(verdict ? { ...says, text: `${texts.routeVerdict[verdict.status](title)} ${says.text}` } : named ? says : { ...says, text: `${title}: ${says.text}` });
      if (waitsOn) statements.push(waitsOn);
      // (Practice from abroad, which the rules cannot weigh for a praksiskandidat: the sources do not say how it counts.)
      else if (!verdict && path === 'praksiskandidat' && q.practiceAbroad) statements.push({ text: texts.gap.abroad, citations: [] });
    }
    return {
      path: CERTIFICATE_ROUTES[0],
      status: statusOfAll(verdicts),
      opening: [...(q.aboutSomeoneElse ? [texts.verdictForOther] : []), verdicts.length > 0 ? texts.verdictEach : texts.routesThroughWork],
      statements,
      facts,
      speaks: true,
      leavesNumber: false,
    };
  }

  /** What builds on a trade certificate one has: fagskole, and the right to take another certificate. */
  function routesFurther(q: Question, texts: AnswerTexts): RulesVerdict | undefined {
    const facts = [buildsOnCertificate, anotherCertificate].filter((f): f is Fact => f !== undefined);
    if (facts.length === 0) return undefined;
    return {
      path: FURTHER_ROUTE,
      status: 'eligible',
      opening: [...(q.aboutSomeoneElse ? [texts.verdictForOther] : []), texts.routesFurther],
      statements: facts.map((f) => ({ text: q.lang === 'en' ? f.en : f.text, citations: factCitations(f) })),
      facts,
      speaks: true,
      leavesNumber: false,
    };
  }

  /** The right to take another certificate, said as the answer. */
  function anotherOne(q: Question, fact: Fact): RulesVerdict {
    return {
      path: SCHOOL_ROUTE,
      status: 'eligible',
      opening: [],
      statements: [{ text: q.lang === 'en' ? fact.en : fact.text, citations: factCitations(fact) }],
      facts: [fact],
      speaks: true,
      leavesNumber: false,
    };
  }

  /** The fact that says what a route is. */
  function routeFact(path: PathId): Fact | undefined {
    const p = pathById.get(path);
    return p ? factByCitation.get(JSON.stringify(p.citation)) : undefined;
  }

  /** The route as a person reads it: "Praksiskandidat", "Fagbrev på jobb". */
  function routeTitle(path: PathId, lang: 'nb' | 'en'): string {
    const p = pathById.get(path);
    return (lang === 'en' ? p?.titleEn : p?.title) ?? path;
  }

  /** The rules' verdict on one path for the person the question is about, with the reasons that decide it. */
  function verdictOn(path: PathId, q: Question, texts: AnswerTexts, byRelevance = true): RulesVerdict | undefined {
    // Practice abroad ("6 years as operator in Poland") is practice the rules cannot weigh for a praksiskandidat,
    // whose path it decides: the sources do not say how it counts.
    if (path === 'praksiskandidat' && q.practiceAbroad) return undefined;
    const profile: Profile = { ...q.profile };
    if (profile.county === undefined && q.regions.length > 0) profile.county = q.regions[0].region;
    const read = fieldsByPath.get(path) ?? new Set<ProfileField>();
    const stated = (Object.keys(q.profile) as ProfileField[]).filter((f) => f !== 'county' && read.has(f));
    // Where the person lives alone decides only a scheme of another county ("Eg bur i Vestland. Gjeld Trøndelagsmodellen
    // for meg òg?"); with nothing else told, a verdict waiting on the rest says less than the facts.
    const livesElsewhere = stated.length === 0 && q.profile.county !== undefined && read.has('county');
    if (stated.length === 0 && !livesElsewhere) return undefined;

    const assessment = assessPath(profile, path, 'nb');
    if (!assessment || (livesElsewhere && assessment.status !== 'not-eligible')) return undefined;
    // The reason about what was asked comes first ("Teller 80 % som full stilling?": the rule on stilling),
    // then, when the verdict still waits on something, the engine's first reason (what decides it).
    const reasons = assessment.reasons;
    const score = reasons.map((r) => (byRelevance ? relevance(q, r.text) : 0));
    const best = score.reduce((b, v, i) => (v > score[b] ? i : b), 0);
    const shown =
      assessment.status === 'eligible'
        ? withoutRestating([...reasons.keys()].sort((a, b) => score[b] - score[a]), reasons.map((r) => r.text)).slice(0, MAX_REASONS)
        : assessment.status === 'needs-info' && best > 0 && score[best] > 0
          ? [best, 0]
          : [...reasons.keys()].slice(0, 1);
    // The reasons are chosen as read in Norwegian and said in the question's language (the same conditions, in order).
    const said = q.lang === 'en' ? (assessPath(profile, path, 'en')?.reasons ?? []) : reasons;
    const facts: Fact[] = [];
    const statements = shown.map((i): Statement => {
      const r = reasons[i];
      const fact = factByCitation.get(JSON.stringify(r.citation));
      if (fact) facts.push(fact);
      const text = said[i]?.text ?? (q.lang === 'en' ? fact?.en : undefined) ?? r.text;
      return { text, citations: fact ? factCitations(fact) : [r.citation] };
    });
    const opening = [...(q.aboutSomeoneElse ? [texts.verdictForOther] : []), texts.verdict[assessment.status]];
    const closing: Statement[] = [];
    if (assessment.status === 'needs-info' && assessment.missing.length > 0) {
      const what = assessment.missing.map((f) => texts.unknownField[f]);
      closing.push({ text: texts.stillUnknown(joinList(what, q.lang)), citations: [] });
    }
    // (Not the age, nor the years of practice told in a story ("jobber på fiskefabrikk, 3 år full stilling. Kan jeg ta
    // fagbrev på jobb?"): the rules read them, and no fact answers by having them.)
    const age = q.profile.age === undefined ? undefined : String(q.profile.age);
    const years = q.profile.practiceYears === undefined ? undefined : String(q.profile.practiceYears);
    const numbers = q.words.filter((w) => w.numeric && w.weight > 0 && w.stem !== age && !(w.story && w.stem === years)).map((w) => new RegExp(`(?<![\\d,.])${w.stem}(?![\\d,.]\\d)`, 'u'));
    const leavesNumber = numbers.some((n) => !reasons.some((r) => n.test(r.text)));
    return { path, status: assessment.status, opening, statements: [...statements, ...closing], facts, speaks: shown.some((i) => score[i] > 0), leavesNumber };
  }
}

/** The numbers a text writes ("9", "8 700" as "8700", "2,5"). */
function numbersIn(text: string): Set<string> {
  return new Set(text.replace(/(\d)[\u00a0\u202f ](?=\d{3}\b)/gu, '$1').match(/\d+(?:[.,]\d+)?/gu) ?? []);
}

/**
 * The reasons in the order given, one of two that say the same figures left out ("Du har 9 år regnet i full stilling, og
 * kravet er 5 år" beside the rule on practice, which says both and more): the plainer, with fewer numbers, is kept in
 * the place of the first.
 */
function withoutRestating(order: readonly number[], texts: readonly string[]): number[] {
  const kept: number[] = [];
  const numbers = texts.map(numbersIn);
  const restates = (a: Set<string>, b: Set<string>) => a.size >= 2 && [...a].every((n) => b.has(n));
  for (const i of order) {
    const same = kept.findIndex((k) => restates(numbers[i], numbers[k]) || restates(numbers[k], numbers[i]));
    if (same < 0) kept.push(i);
    else if (numbers[i].size < numbers[kept[same]].size) kept[same] = i;
  }
  return kept;
}

/**
 * The person or what they told as what the yes/no asks about, folded: "kan jeg …", "kan man …", "can she …",
 * "holder det?", "teller den gamle praksisen?" (what they told), "teller 80 % …" (a number of their own).
 */
const PERSON_ASKED: Readonly<Record<'nb' | 'en', RegExp>> = {
  nb: /\b(?:jeg|eg|ae|e|je|meg|mae|man|vi|me|oss|du|deg|han|ham|hun|ho|hu|min|mi|mitt|mine|det|dette|den|denne|dei|de)\b|\d/u,
  en: /\b(?:i|me|my|we|us|our|you|your|he|him|his|she|her|one|they|them|that|this|it)\b|\d/u,
};

/**
 * What the person can do, asked openly (folded): "hva kan jeg gjøre?", "hvilke muligheter har jeg?", "hvordan kan jeg få
 * fagbrev?", "hvordan får jeg fagbrev?", "hvordan kan jeg bli elektriker?", a counsellor's "hva er aktuelt?", "what are my options?".
 */
const OPTIONS_ASKED: Readonly<Record<'nb' | 'en', RegExp>> = {
  nb: /\b(?:(?:hva|ka|kva) (?:kan|bor|skal|ska|ma) (?:jeg|eg|ae|e|je|vi|me|han|hun|ho|hu) (?:gjore|gjere|gjor)|(?:hva|ka|kva) gjor (?:jeg|eg|ae|e|je|vi|me)|(?:hvilke|kva|ka) (?:muligheter|moglegheiter|mulighet|alternativer|alternativ|veier|vegar) (?:har|finnes|fins|finst|er det for)|(?:hva|kva|ka) er (?:mulighetene|moglegheitene|alternativene) (?:mine|vare|hans|hennes|for meg)|(?:hva|kva|ka) er (?:mulig|mogleg|mogeleg|muleg) for (?:meg|oss|han|henne|ho)|(?:hvordan|korleis|koss|åssen|assen) (?:kan|skal|far) (?:jeg|eg|ae|e|je|vi|me|han|hun|ho|hu) (?:fa|ta|oppna) (?:et |eit )?(?:norsk )?(?:fagbrev|svennebrev)|(?:hvordan|korleis|koss|assen) (?:far|tar|oppnar) (?:jeg|eg|ae|e|je|vi|me|han|hun|ho|hu) (?:et |eit )?(?:norsk )?(?:fagbrev|svennebrev)|(?:hvordan|korleis|koss|assen) gar (?:jeg|eg|ae|e|je|vi|me|han|hun|ho|hu) (?:fram|frem) for a (?:fa|ta) (?:et |eit )?(?:fagbrev|svennebrev)|(?:hvordan|korleis|koss|assen) (?:kan|skal) (?:jeg|eg|ae|e|je|han|hun|ho|hu) bli|(?:hva|kva|ka) er (?:aktuelt|aktuelle|lurt|lurest|best|beste vei) for (?:meg|oss|han|ham|henne|ho|kandidaten|brukeren|deltakeren|personen)|(?:hva|kva|ka|hvilken|hvilket|kva for|ka for) (?:er )?(?:den )?(?:beste|raskeste|letteste|enkleste|lureste) (?:veien|vei|vegen|veg|ruta|rute|løsningen|losningen) (?:videre )?for (?:meg|oss|han|ham|henne|ho|dem|dei|de|kandidaten|brukeren|deltakeren|personen|folka|folkene|de ansatte|operatorene|arbeiderne|gutta)|(?:hva|kva|ka) (?:er aktuelt|gjelder|passer)$|^(?:aktuell|aktuelle|mulig|mulige) (?:rute|ruter|vei|veier|veg|vegar|lop|losning)$|^(?:alternativer|muligheter|moglegheiter)$|(?:hvilke|kva for|hvilken) (?:veier|vegar|ordninger|muligheter|vei|ordning) (?:er|kan vere|kan vaere) (?:aktuelle|aktuell|relevante|mulige))\b/u,
  en: /\b(?:what (?:can|should|could) (?:i|we|he|she) do|what (?:i|we) (?:can|should|could) do|what (?:do|shall) (?:i|we) do|what are (?:my|our|his|her) options|what options (?:do|does) (?:i|we|he|she) have|how (?:can|do|could) (?:i|we|he|she) get (?:a |the )?(?:norwegian |norsk )?(?:fagbrev|trade certificate|journeyman certificate|certificate)|how (?:can|do|could) (?:i|he|she) become|what (?:applies|would work|is possible|are the options) for (?:me|him|her|them|the candidate)|(?:what|which) is the (?:best|fastest|quickest|easiest) (?:way|route|path|option) for (?:me|us|him|her|them|the candidate|my colleagues|the workers|our workers|our operators)|what applies$|^(?:options|routes|possible routes|next steps|best route)$|which (?:routes|options|schemes) (?:are|would be) (?:relevant|possible|open))\b/u,
};

/**
 * The way to a certificate asked for, the quickest or the best (folded): "raskeste vei til fagbrev", "korteste veien til
 * svennebrev", "fastest way to a Norwegian trade certificate", "best route to get a fagbrev".
 */
const WAY_TO_CERTIFICATE_ASKED =
  /\b(?:raskeste|kjappeste|korteste|beste|enkleste|letteste|snaraste|raskaste|kortaste|fastest|quickest|shortest|best|easiest|simplest) (?:veien|vei|vegen|veg|maten|mate|ruta|rute|way|route|path) (?:til|for a|a|to|for|of) (?:(?:fa|ta|oppna|get|getting|take|taking|earn|earning) )?(?:et |eit |ein |a |the )?(?:norsk |norwegian )?(?:fagbrev|svennebrev|fag eller svennebrev|trade certificate|journeyman certificate|certificate)\b/u;

/** What a verdict that waits says it waits on: its closing statement, which rests on no source. */
function waitingOn(verdict: RulesVerdict): Statement | undefined {
  return verdict.status === 'needs-info' ? verdict.statements.find((r) => r.citations.length === 0) : undefined;
}

/** The verdict on several routes together: one open is open, all closed is closed, else it waits. */
function statusOfAll(verdicts: readonly RulesVerdict[]): RulesVerdict['status'] {
  if (verdicts.some((v) => v.status === 'eligible')) return 'eligible';
  return verdicts.length > 0 && verdicts.every((v) => v.status === 'not-eligible') ? 'not-eligible' : 'needs-info';
}

/** What someone tells of their work and certificate, which the routes through work weigh. */
const WORK_TOLD: readonly ProfileField[] = ['hasTradeCertificate', 'practiceYears', 'practicePercent', 'employed', 'employmentPercent'];

/** As an adult, or without going back to school (folded): "som voksen", "uten å gå på skole", "without going back to school". */
const AS_ADULT_WITHOUT_SCHOOL =
  /\b(?:som voksen|som vaksen|for voksne|as an adult|uten (?:a )?(?:ga (?:pa |tilbake til )?|ta )?(?:skole|skolen|skule|vgs|videregaende)|utan (?:a )?(?:ga (?:pa )?)?(?:skule|skulen|vgs)|without (?:going )?(?:back )?(?:to )?(?:school|upper secondary|high school))\b/u;
/** Upper secondary, which such a question may name ("uten vgs") without asking about it. */
const UPPER_SECONDARY = 'videregaaende';

/** A topic named only in what the person tells around the question ("har ikkje fullført vgs. Kan e ta fagbrev?"). */
function toldOnly(q: Question, topic: string): boolean {
  const naming = q.words.filter((w) => w.topics.includes(topic));
  return naming.length > 0 && naming.every((w) => w.story);
}

/** Someone without a certificate who tells of their work: the adult routes through work are theirs to weigh. */
function toldWork(q: Question): boolean {
  return q.profile.hasTradeCertificate !== true && WORK_TOLD.some((f) => q.profile[f] !== undefined);
}

/** Nothing asked but a certificate ("kan jeg ta fagbrev?"): asked so, and no word beyond the story, topics and the certificate's words. */
function asksOnlyCertificate(q: Question): boolean {
  return ASKS_FOR_CERTIFICATE.test(q.askedText) && !q.words.some((w) => asksBeyondTopics(w) && !w.work && !CERTIFICATE_WORDS.has(w.stem));
}

/** A fagbrev asked for without a route named ("kan jeg ta fagbrev?", "get a trade certificate"), folded. */
const ASKS_FOR_CERTIFICATE =
  /\b(?:(?:ta|fa|faa|oppna|bli ferdig med|get|take|earn) (?:et |eit |ein |a )?(?:norsk |norwegian )?(?:fagbrev|svennebrev|fag eller svennebrev|trade certificate|journeyman certificate|certificate)|(?:ta|ga opp til|ga opp til a ta|avlegge|melde meg opp til|take|sit|do) (?:the |a )?(?:fagproven|fagprova|svenneproven|svenneprova|fag og svenneproven|trade test|journeyman test|trade exam))\b/u;
/**
 * Another certificate taken by one who has one, asked (folded): "ta et nytt fagbrev", "ha to fagbrev", "bare ha ett
 * fagbrev", "fagbrev nummer to", "take a second trade certificate" (not "et nytt fagbrev i batteri", a new trade made).
 */
const ANOTHER_CERTIFICATE_ASKED =
  /\b(?:(?:ta|tar|ha|har|fa|faa|take|get|do|have|earn) (?:et |eit |ett |eitt |a |an )?(?:nytt|nye|annet|anna|ekstra|to|flere|fleire|enda et|enda eit|second|another|new|two|more) (?:fagbrev|svennebrev|fag eller svennebrev|trade certificates?|certificates?)(?! i \w*batteri)|(?:fagbrev|svennebrev|certificate) (?:nummer to|nr to|number two)|(?:bare|berre|kun) (?:kan |lov a )?(?:ha|ta|fa) (?:ett|eitt|et|eit|en) (?:fagbrev|svennebrev)|only (?:have|get|take|hold) one (?:trade )?certificate)\b/u;
/** Whether one may, asked (folded): "har jeg rett til det", "er det lov", "is that allowed", "am I entitled". */
const MAY_ASKED = /\b(?:rett (?:til|pa)|lov (?:til|a)|lov|tillatt|mulig|mogleg|right to|allowed|permitted|entitled|possible)\b/u;
/** A certificate named (folded): "fagbrev", "svennebrevet", "trade certificate". */
const CERTIFICATE_NAMED = /\b(?:fagbrev|fagbrevet|svennebrev|svennebrevet|trade certificate|journeyman certificate)\b/u;
/** Becoming what a trade makes one: "kan jeg bli elektriker", "få bli barne- og ungdomsarbeider". */
const BECOME = /\b(?:bli|verte|become)\b/u;
/** The words of asking for a certificate, as stemmed ("norsk fagbrev", "Norwegian trade certificate"). */
const CERTIFICATE_WORDS: ReadonlySet<string> = new Set(['fagbrev', 'svennebrev', 'norsk', 'certificat', 'certificate', 'norwegian', 'trad', 'trade', 'journeyman']);
/**
 * A yes/no on a certificate for practice done abroad ("Jeg var bilmekaniker i Polen i 12 år. Kan jeg få norsk
 * fagbrev?"): how that practice counts is in no source, so the rules cannot decide it.
 */
export function asksCertificateForPracticeAbroad(q: Question): boolean {
  if (!q.practiceAbroad) return false;
  // ("Hvordan kan han få det godkjent i Norge?" asks the same in other words.)
  const approvalAsked = APPROVAL_ASKED.test(q.askedText);
  if (!q.yesNo && !approvalAsked) return false;
  // (Only whether one may: "er det samme timetall …?", "teller gammel praksis?" ask about something the facts say.
  // The trade the certificate is in, "fagbrev som sveiser", "as a welder", is no such thing.)
  // ("Teller erfaringen min fra Polen?" asks just that, in words of its own.)
  const countsAsked = approvalAsked || PRACTICE_COUNTS_ASKED.test(q.folded);
  const trade = new Set([...q.folded.matchAll(CERTIFICATE_IN_TRADE)].map((m) => m[1]));
  if (!countsAsked && q.words.some((w, i) => asksBeyondTopics(w) && !w.work && !CERTIFICATE_WORDS.has(w.stem) && !trade.has(foldText(q.analysis.words[i].surface)))) return false;
  const named = q.topics.filter((t) => t.tokens.length > 0).map((t) => t.topic);
  // (Experience is what realkompetanse is made of: "does my work experience count?" names it.)
  return named.includes('praksiskandidat') || (named.length === 0 && ASKS_FOR_CERTIFICATE.test(q.folded)) || (countsAsked && named.every((t) => t === 'realkompetanse'));
}
/** Getting it approved or recognised, asked (folded): "få godkjent det", "få det godkjent", "get it recognised". */
const APPROVAL_ASKED = /\b(?:(?:fa|faa) (?:\w+ ){0,2}?godkjen\w*|(?:get|have) (?:\w+ ){0,3}?(?:approved|recogni[sz]ed|accepted))\b/u;
/** Whether practice or experience counts, asked (folded): "teller erfaringen min fra Polen?", "does my Polish experience count?". */
const PRACTICE_COUNTS_ASKED = /\b(?:(?:teller|tel|telle|gjelder|godkjennes|godtas|regnes) (?:\w+ ){0,3}?(?:erfaring\w*|praksis\w*|arbeidserfaring\w*|yrkeserfaring\w*|arene)|(?:erfaring\w*|praksis\w*|arbeidserfaring\w*|yrkeserfaring\w*) (?:\w+ ){0,4}?(?:teller|telle|tel|godkjent|godkjennes|godtas|gjelder)|(?:experience|practice|work experience|years) (?:\w+ ){0,4}?(?:counts?|count for|be recogni[sz]ed|recogni[sz]ed|accepted|valid))\b/u;

/** The trade a certificate is asked in, read folded: "fagbrev som sveiser", "svennebrev i tømrerfaget", "certificate as a welder", "fagbrev welder". */
const CERTIFICATE_IN_TRADE = /\b(?:fagbrev|fagbrevet|svennebrev|svennebrevet|certificate) (?:(?:som|i|as|in) (?:an? |en |et )?)?(\w+)/gu;
/** The adult routes to a certificate through work, the one open with the least schooling first. */
const CERTIFICATE_ROUTES: readonly PathId[] = ['praksiskandidat', 'fagbrev-paa-jobb'];
/** The ordinary route, through upper secondary school and an apprenticeship, and its condition on the right to finish it. */
const SCHOOL_ROUTE: PathId = 'laerling';
const RIGHT_TO_FINISH = 'rett-til-opplaering';
const ANOTHER_CERTIFICATE = 'nytt-fagbrev';
/** What builds on a certificate, and its condition on what it builds on. */
const FURTHER_ROUTE: PathId = 'fagskole';
const BUILDS_ON = 'opptaksgrunnlag';
/** The next step asked for, folded: "hva er neste steg", "hva kan jeg gjøre videre", "what next", "next step". */
const NEXT_STEP_ASKED = /\b(?:neste (?:steg|skritt|trinn)|(?:hva|kva|ka) (?:kan|bor|skal) (?:jeg|eg|ae) (?:gjore|ta|gjere) (?:videre|no|na|etterpa)|what next|next step|what (?:can|should) i do next)\b/u;

function joinList(items: readonly string[], lang: 'nb' | 'en'): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'en' ? 'and' : 'og';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
