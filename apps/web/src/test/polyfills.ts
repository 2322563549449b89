// jsdom lacks some web platform globals that Node has; react-router reads them at import time.
import { TextDecoder, TextEncoder } from 'node:util';

Object.assign(globalThis, { TextEncoder, TextDecoder });
