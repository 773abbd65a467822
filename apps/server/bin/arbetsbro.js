#!/usr/bin/env node
// The TypeScript sources run as they are (tsx); no build step between a clone and a running server.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
