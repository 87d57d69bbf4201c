// Wires config → storage → knowledge → answerer (LLM or extractive) → bot → server, and starts
// listening. Tests and src/index.ts both start the bot through createApp.
import type { AddressInfo } from 'node:net';
import type { TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type restify from 'restify';
import type { Config } from './config';
import { createLogger, errorFields, type Logger } from './log';
import { BotHost } from './hosting/adapter';
import { createRateLimits } from './rate-limit/limiter';
import { createServer } from './server';
import { buildAnswerer } from './answer/build';
import { createLlmAnswerer } from './answer/llm-answerer';
import type { Answerer } from './answer/types';
import { loadCatalogue } from './catalogue/loader';
import { loadUnderstandingLexicon } from './catalogue/lexicon';
import { createUnderstander } from './nlu';
import { createLlmProfileReader } from './nlu/llm-profile';
import { reasonsForField } from '../dialogs/why-we-ask';
import type { Profile } from './catalogue/schema';
import { assess, findOffers, nextQuestionField, recordAnswer } from '../knowledge/rules/assess';
import { createConversationState, createStateStore, createUserState, isStateUnavailableError } from './state';
import { createCitationFormatter } from './replies/citations';
import { ConversationLanguage, type StoredLanguage } from './text/conversation-language';
import { assessCandidate } from './counsellor/assess-candidate';
import { candidateServices } from './counsellor/services';
import { HandoffRecorder } from './handoff/recorder';
import { OmnichannelBridge } from './handoff/omnichannel-bridge';
import { startHandoff } from './handoff/start';
import { acknowledgeHandoffStatus } from './handoff/status';
import type { HandoffState } from './handoff/transcript';
import { textsFor } from './text/turn-language';
import type { Lang } from './text';
import { createAnswerPresenter } from './replies/answer-presenter';
import { ToldProfile } from './state/told-profile';
import { AnsweredTopics, type AnsweredTopic } from './replies/answered-topic';
import type { Clock } from './replies/stream/clock';
import { LiveReplies } from './replies/stream/live-replies';
import { createTeamsChannel } from './channels/teams';
import { VeiviserBot, markDataDeleted } from './bot/veiviser-bot';
import { MainRouter } from '../dialogs/main-router';
import type { RouterServices } from '../dialogs/services';
import { createFeedbackStore } from './feedback';
import { handleFeedback } from './feedback/handle';
import { registerWebRoutes } from './web/routes';
import { SourceLibrary } from './web/sources-page';
import { HttpDrainer, TurnTracker, type DrainReport } from './shutdown';
import { CircuitBreaker, isUpstreamFailure } from './circuit-breaker';

export interface App {
  url: string;
  server: restify.Server;
  log: Logger;
  /**
   * Graceful stop (see src/shutdown.ts): stops accepting, lets requests and turns finish for at most
   * graceMs (default SHUTDOWN_GRACE_MS), cuts what is left, then closes the state store.
   */
  close(graceMs?: number): Promise<DrainReport>;
}

/** Azure OpenAI behind a circuit breaker: a dead endpoint costs one timeout per interval, not one per turn. */
function llmCircuit(breaker: { failures: number; openMs: number }, log: Logger) {
  const circuit = new CircuitBreaker({ name: 'azure-openai', failureThreshold: breaker.failures, openMs: breaker.openMs, isFailure: isUpstreamFailure, log });
  return <T>(call: () => Promise<T>) => circuit.run(call);
}

export interface AppOptions {
  /** The clock streamed answers are paced by, and the local Direct Line's (tests pass one they control). */
  clock?: Clock;
}

export async function createApp(config: Config, log: Logger = createLogger(config.logLevel), options: AppOptions = {}): Promise<App> {
  const startedAt = Date.now();
  const { clock } = options;

  const state = createStateStore(config, log);
  const conversationState = createConversationState(state.storage);
  const userState = createUserState(state.storage);

  const catalogue = loadCatalogue(config.knowledgeDir);
  const recommend = (profile: Profile, lang?: Lang) => assess(profile, catalogue, { lang });
  const lexicon = loadUnderstandingLexicon(config.knowledgeDir);
  const understander = createUnderstander(catalogue.places, lexicon);
  const { sources, retriever, answerer: factAnswerer, factPassages } = buildAnswerer(config.knowledgeDir, {
    catalogue,
    lexicon,
    understand: (text) => understander.understand(text).profile,
    onError: (error) => log.error('answering failed', errorFields(error)),
  });
  const llmProfile = config.azureOpenAI
    ? createLlmProfileReader({
        ...config.azureOpenAI,
        trades: lexicon.trades.trades.map((t) => t.name),
        interests: lexicon.interests.interests.map((i) => i.name),
        log,
      })
    : undefined;

  const answerer: Answerer = config.azureOpenAI
    ? createLlmAnswerer({
        ...config.azureOpenAI,
        retriever,
        facts: (question) => factPassages(question),
        inConversation: (question, options) => factAnswerer.inConversation(question, options),
        fallback: factAnswerer,
        log,
        guard: llmCircuit(config.azureOpenAI.breaker, log),
      })
    : factAnswerer;

  const cite = createCitationFormatter(
    sources.map((s) => s.entry),
    config.publicBaseUrl,
  );
  const feedback = createFeedbackStore(config, state.redis);
  const candidates = candidateServices(catalogue, understander);
  const profile = new ToldProfile(userState.createProperty<Profile>('profile'), conversationState.createProperty<boolean>('profileTold'));
  const handoffRecorder = new HandoffRecorder(conversationState.createProperty<HandoffState>('handoff'), {
    keepTranscript: config.handoffMode === 'event',
    keepLastQuestion: config.handoffMode !== 'off',
  });
  const liveReplies = new LiveReplies();
  const answeredTopics = new AnsweredTopics(conversationState.createProperty<AnsweredTopic>('answeredTopic'));
  const presentAnswer = createAnswerPresenter({ answerer, cite, clock, liveReplies, onAnswered: (context, result) =>
      answeredTopics.note(context, result.topic, result.place, factAnswerer.keptQuestion(result), factAnswerer.countyOf(result)),
  });
  const teams = createTeamsChannel({ conversationState, feedback, brandName: config.brand.name });
  const services: RouterServices = {
    answerQuestion: async (question, context) => {
      // (A question about the person's own situation is weighed with what they told in the guided assessment.)
      const known = await profile.told(context);
      const reply = await presentAnswer(question, context, { ...(await answeredTopics.optionsFor(context)), known });
      if (reply) handoffRecorder.noteAnswer(context, question, reply);
      return reply;
    },
    noteTopic: (context, topic) => answeredTopics.note(context, topic),
    assess: recommend,
    recordAnswer: (profile, field, value) => recordAnswer(profile, field, value, catalogue),
    nextQuestionField,
    findOffers: (filter) => findOffers(filter, catalogue.offers, catalogue),
    offerCategories: catalogue.offerCategories,
    profile,
    deleteAllData: async (context: TurnContext) => {
      // Feedback first: if any step fails the turn is not saved, the confirmation is still pending
      // and answering it again finishes the deletion.
      await feedback.forgetConversation(context.activity.conversation.id);
      await conversationState.delete(context);
      await userState.delete(context);
      markDataDeleted(context);
    },
    cite,
    defaultCounty: config.defaultCounty,
    understander,
    readOpening: async (text) => {
      const ruleBased = understander.understand(text);
      return llmProfile ? llmProfile(text, ruleBased) : ruleBased;
    },
    whyWeAsk: (field, profile, lang) => reasonsForField(catalogue.paths, field, profile, lang),
    readCounty: (text) => {
      const match = understander.places.matchCountyAnswer(text);
      return match.kind === 'county' ? match.county : undefined;
    },
    assessCandidate: (description, lang) => assessCandidate(description, candidates, lang),
    startHandoff: (context) =>
      startHandoff(context, { mode: config.handoffMode, recorder: handoffRecorder, profile, contacts: catalogue.contacts, defaultCounty: config.defaultCounty, log }),
  };
  const bot = new VeiviserBot({
    conversationState,
    userState,
    router: new MainRouter(services, conversationState.createProperty<DialogState>('dialogState')),
    brandName: config.brand.name,
    handleFeedback: (context) => handleFeedback(context, feedback),
    hooks: [
      new ConversationLanguage(conversationState.createProperty<StoredLanguage>('language'), (text) => factAnswerer.languageOf(text)),
      handoffRecorder,
      ...(config.handoffMode === 'omnichannel' ? [new OmnichannelBridge()] : []),
    ],
    handleEvent: async (context) => {
      await acknowledgeHandoffStatus(context);
    },
    channelTurn: (context) => teams.turn(context),
  });

  const limits = createRateLimits({
    enabled: config.rateLimits.enabled,
    policy: config.rateLimits.policy,
    redis: state.redis,
    keyPrefix: config.redis?.keyPrefix,
    trustedProxyHops: config.trustedProxyHops,
    log,
  });
  const host = new BotHost(config, { limits, log });
  host.use(teams.middleware, state.turnLock);
  host.onTurnError = async (context, error) => {
    const unavailable = isStateUnavailableError(error);
    log.error(unavailable ? 'state store unavailable' : 'turn failed', {
      conversation: context.activity.conversation?.id,
      ...errorFields(error),
    });
    const t = textsFor(context);
    await context.sendActivity(unavailable ? t.stateUnavailable : t.somethingWentWrong).catch((sendError: unknown) => {
      log.error('could not send the error reply', errorFields(sendError));
    });
  };
  const turns = new TurnTracker();
  const logic = (context: TurnContext) => turns.track(() => bot.run(context));
  let drainer: HttpDrainer | undefined;

  const server = createServer({
    config,
    log,
    host,
    logic,
    answerer,
    recommend,
    assessCandidate: (description, lang) => assessCandidate(description, candidates, lang),
    readiness: async () => {
      if (drainer?.isDraining) return { ok: false, checks: { stopping: true } };
      const health = await state.health();
      return { ok: health.ok, checks: { state: health } };
    },
    registerExtraRoutes: (s: restify.Server) =>
      registerWebRoutes(s, { config, host, logic, feedback, log }, {
        sources: new SourceLibrary(sources),
        directLine: { liveReplies, ...(clock ? { now: () => clock.now() } : {}) },
      }),
  });

  // restify's close() also ends the Direct Line streams (src/web/routes.ts); the drainer calls it once
  // the turns are done.
  drainer = new HttpDrainer(server.server, turns, log, () => server.close());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.removeListener('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  log.info('Veiviser is ready', {
    url,
    startupMs: Date.now() - startedAt,
    state: config.redis ? 'redis' : 'memory',
    feedback: state.redis ? 'redis' : 'file',
    answers: config.azureOpenAI ? 'azure-openai' : 'extractive',
    auth: config.auth ? 'bot-framework' : 'none (local)',
    rateLimits: config.rateLimits.enabled ? (state.redis ? 'redis' : 'memory') : 'off',
  });

  return {
    url,
    server,
    log,
    close: async (graceMs = config.shutdownGraceMs) => {
      const report = await drainer.drain(graceMs);
      await state.close();
      return report;
    },
  };
}
