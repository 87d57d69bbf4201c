// Reading a profile with Azure OpenAI (langchain withStructuredOutput, function calling) against the
// local Azure OpenAI test server: the message is redacted before it is sent, the rules win, the
// model only fills gaps, a value without its words in the message is dropped, and a reply that breaks
// the schema, an HTTP error or a timeout leaves the rule-based reading as it was.
import { createLlmProfileReader } from '../../src/nlu/llm-profile';
import { createLogger } from '../../src/log';
import { startFakeAzureOpenAI, type FakeAzureOpenAI } from '../support/fake-azure-openai';
import { lexicon, understander } from '../support/understanding';

const API_KEY = 'test-key-7c1d';
const DEPLOYMENT = 'veiviser-chat';
const FNR = '15038500128';

let fake: FakeAzureOpenAI;
beforeAll(async () => {
  fake = await startFakeAzureOpenAI({ apiKey: API_KEY, deployment: DEPLOYMENT });
});
afterAll(async () => {
  await fake.close();
});

const reader = (timeoutMs = 5000) =>
  createLlmProfileReader({
    endpoint: fake.endpoint,
    apiKey: API_KEY,
    apiVersion: '2024-10-21',
    chatDeployment: DEPLOYMENT,
    timeoutMs,
    trades: lexicon.trades.trades.map((t) => t.name),
    interests: lexicon.interests.interests.map((i) => i.name),
    log: createLogger('silent'),
  });

// The rules read the age, the county and the school; "steller kyr og sauer" is left for the model.
const TEXT = `Jeg er 44 og bor i Steinkjer. Fnr ${FNR}. Jeg steller kyr og sauer hver dag og har aldri tatt vidaregåande.`;

describe('the model fills what the rules leave unknown', () => {
  it('sends the redacted text with the Profile schema as a forced tool, and merges the fields with words in the message', async () => {
    fake.setBehaviour({
      kind: 'tool-call',
      arguments: {
        age: { value: 45, phrase: 'Jeg er 44' }, // the rules found 44: the rules win
        county: { value: 'Trøndelag', phrase: 'bor i Steinkjer' },
        trade: { value: 'landbruksfaget', phrase: 'steller kyr og sauer' },
        navJobSeeker: { value: true, phrase: 'registrert hos NAV' }, // not in the message: dropped
      },
    });
    const before = fake.requests.length;
    const ruleBased = understander.understand(TEXT);
    const result = await reader()(TEXT, ruleBased);

    expect(result.profile).toEqual({ ...ruleBased.profile, trade: 'landbruksfaget' });
    expect(result.profile.age).toBe(44);
    expect(ruleBased.profile.trade).toBeUndefined();
    expect(result.understood).toContainEqual({ field: 'trade', phrase: 'steller kyr og sauer' });

    const request = fake.requests[before];
    const body = request.body as { messages: { content: string }[]; tools: { function: { name: string; parameters: { properties: Record<string, unknown> } } }[]; tool_choice: unknown };
    expect(request.rawBody).not.toContain(FNR);
    expect(body.messages.map((m) => m.content).join('\n')).toContain('[fødselsnummer]');
    expect(Object.keys(body.tools[0].function.parameters.properties)).toEqual(expect.arrayContaining(['age', 'county', 'trade', 'practiceYears', 'interests']));
    expect(body.tool_choice).toMatchObject({ type: 'function', function: { name: body.tools[0].function.name } });
  });

  it.each([
    ['a reply that breaks the schema (a county that does not exist)', { kind: 'tool-call', arguments: { county: { value: 'Viken', phrase: 'Steinkjer' } } }],
    ['a reply whose arguments are not JSON', { kind: 'tool-call', arguments: '{"trade": {"value": "landbruksfaget", ' }],
    ['an HTTP error', { kind: 'status', status: 500 }],
  ] as const)('%s leaves the rule-based reading', async (_name, behaviour) => {
    fake.setBehaviour(behaviour);
    const ruleBased = understander.understand(TEXT);
    expect(await reader()(TEXT, ruleBased)).toEqual(ruleBased);
  });

  it('a timeout leaves the rule-based reading', async () => {
    fake.setBehaviour({ kind: 'delay', ms: 2000, then: { kind: 'tool-call', arguments: { trade: { value: 'landbruksfaget', phrase: 'gardsdrift' } } } });
    const ruleBased = understander.understand(TEXT);
    expect(await reader(300)(TEXT, ruleBased)).toEqual(ruleBased);
  });
});

describe('the test server answers JSON-schema structured output too', () => {
  it('a reply in the schema is parsed; one that breaks it is refused', async () => {
    const { AzureChatOpenAI } = await import('@langchain/openai');
    const { llmProfileSchema } = await import('../../src/nlu/llm-profile');
    const schema = llmProfileSchema(['logistikkfaget'], ['batteri']);
    const model = new AzureChatOpenAI({
      azureOpenAIApiKey: API_KEY,
      azureOpenAIBasePath: `${fake.endpoint}/openai/deployments`,
      azureOpenAIApiDeploymentName: DEPLOYMENT,
      azureOpenAIApiVersion: '2024-10-21',
      model: 'gpt-4o-mini',
      maxRetries: 0,
    }).withStructuredOutput(schema, { name: 'profile', method: 'jsonSchema' });

    fake.setBehaviour({ kind: 'json-schema', value: { trade: { value: 'logistikkfaget', phrase: 'lager' } } });
    const before = fake.requests.length;
    expect(await model.invoke('Jeg jobber på lager')).toEqual({ trade: { value: 'logistikkfaget', phrase: 'lager' } });
    expect((fake.requests[before].body as { response_format: { type: string } }).response_format.type).toBe('json_schema');

    fake.setBehaviour({ kind: 'json-schema', value: { trade: { value: 'astronaut', phrase: 'lager' } } });
    await expect(model.invoke('Jeg jobber på lager')).rejects.toThrow();
  });
});
