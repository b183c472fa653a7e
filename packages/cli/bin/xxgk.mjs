#!/usr/bin/env node
// The xxgk command. The packages are TypeScript run without a build step, so register tsx's
// loader first and then load the entry; this works straight after `npm ci`.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
