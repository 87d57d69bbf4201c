// The botbuilder Storage contract against RedisStorage on a real redis-server (test/support/storage-contract.ts).
import type { Redis } from 'ioredis';
import { RedisStorage } from '../../src/state';
import { startRedisServer, type RedisServer } from '../support/redis-server';
import { stateClient } from '../support/redis-helpers';
import { storageContract } from '../support/storage-contract';

describe('RedisStorage', () => {
  let redis: RedisServer;
  let client: Redis;

  beforeAll(async () => {
    redis = await startRedisServer();
    client = await stateClient(redis.url);
  });
  afterAll(async () => {
    client?.disconnect();
    await redis?.stop();
  });

  storageContract(() => new RedisStorage(client, { keyPrefix: 'contract-test:', ttlSeconds: 3600 }));
});
