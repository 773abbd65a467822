export { consumeRateLimit, pruneRateLimitHits, type RateLimit } from './rate-limit.ts';
