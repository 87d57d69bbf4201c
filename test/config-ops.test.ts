// Configuration of state capacity, shutdown, Redis Cluster and the Azure OpenAI circuit breaker.
import { ConfigError, loadConfig } from '../src/config';

test('defaults: 20,000 in-memory state items, 10 s shutdown grace, breaker 3 failures / 30 s, no cluster', () => {
  const config = loadConfig({
    REDIS_URL: 'redis://localhost:6379',
    AZURE_OPENAI_ENDPOINT: 'https://x.openai.azure.com',
    AZURE_OPENAI_API_KEY: 'k',
    AZURE_OPENAI_CHAT_DEPLOYMENT: 'd',
  });
  expect(config.stateMemoryMaxItems).toBe(20_000);
  expect(config.shutdownGraceMs).toBe(10_000);
  expect(config.redis).toMatchObject({ cluster: false });
  expect(config.azureOpenAI?.breaker).toEqual({ failures: 3, openMs: 30_000 });
});

test('REDIS_CLUSTER=true takes one URL or a comma-separated list of seed nodes', () => {
  expect(loadConfig({ REDIS_URL: 'redis://a:7000', REDIS_CLUSTER: 'true' }).redis).toEqual({ url: 'redis://a:7000', keyPrefix: 'veiviser:', cluster: true });
  expect(loadConfig({ REDIS_URL: 'redis://a:7000, redis://b:7001', REDIS_CLUSTER: 'true' }).redis?.url).toBe('redis://a:7000, redis://b:7001');
});

test.each([
  [{ REDIS_URL: 'redis://a:7000,redis://b:7001' }, 'REDIS_CLUSTER'],
  [{ REDIS_URL: 'redis://a:7000,b:7001', REDIS_CLUSTER: 'true' }, 'REDIS_URL'],
  [{ REDIS_URL: 'redis://a', REDIS_CLUSTER: 'true', REDIS_KEY_PREFIX: 'v{1}:' }, 'REDIS_KEY_PREFIX'],
  [{ REDIS_CLUSTER: 'yes' }, 'REDIS_CLUSTER'],
  [{ STATE_MEMORY_MAX_ITEMS: '10' }, 'STATE_MEMORY_MAX_ITEMS'],
  [{ SHUTDOWN_GRACE_MS: '-1' }, 'SHUTDOWN_GRACE_MS'],
  [{ AZURE_OPENAI_BREAKER_FAILURES: '0' }, 'AZURE_OPENAI_BREAKER_FAILURES'],
])('refuses %j naming %s', (env, name) => {
  expect(() => loadConfig(env)).toThrow(ConfigError);
  expect(() => loadConfig(env)).toThrow(name);
});
