import { ConfigError, loadConfig } from '../src/config';

describe('loadConfig', () => {
  it('runs embedded with nothing configured', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3978, env: 'development', stateTtlSeconds: 604800 });
    expect(config.auth).toBeUndefined();
    expect(config.redis).toBeUndefined();
    expect(config.azureOpenAI).toBeUndefined();
  });

  it('allows LangSmith tracing switches that are off', () => {
    expect(() => loadConfig({ LANGSMITH_TRACING: 'false', LANGCHAIN_TRACING_V2: '' })).not.toThrow();
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ REDIS_URL: '', MicrosoftAppId: ' ', PORT: '' }).redis).toBeUndefined();
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
    [{ STATE_TTL_SECONDS: '5' }, 'STATE_TTL_SECONDS'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ AZURE_OPENAI_ENDPOINT: 'not a url' }, 'AZURE_OPENAI_ENDPOINT'],
    [{ AZURE_OPENAI_ENDPOINT: 'https://x.openai.azure.com' }, 'AZURE_OPENAI_API_KEY'],
    [{ MicrosoftAppId: 'abc' }, 'MicrosoftAppPassword'],
    [{ NODE_ENV: 'production' }, 'MicrosoftAppId'],
    [{ BRAND_PRIMARY_COLOR: 'blue' }, 'BRAND_PRIMARY_COLOR'],
    [{ LANGSMITH_TRACING: 'true' }, 'LANGSMITH_TRACING'],
    [{ LANGCHAIN_TRACING_V2: 'TRUE' }, 'LANGCHAIN_TRACING_V2'],
  ])('rejects %j naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(variable);
  });

  it('accepts production with credentials', () => {
    const config = loadConfig({ NODE_ENV: 'production', MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw' });
    expect(config.auth).toMatchObject({ appId: 'id', appType: 'MultiTenant' });
  });

  it('groups the Azure OpenAI settings', () => {
    const config = loadConfig({
      AZURE_OPENAI_ENDPOINT: 'https://x.openai.azure.com',
      AZURE_OPENAI_API_KEY: 'k',
      AZURE_OPENAI_CHAT_DEPLOYMENT: 'gpt',
    });
    expect(config.azureOpenAI).toMatchObject({ endpoint: 'https://x.openai.azure.com', chatDeployment: 'gpt', timeoutMs: 15000 });
  });
});
