/**
 * Every dictionary, complete, before a test module runs: German and Ukrainian come in chunks of
 * their own (`loadMessages`), and English's sections for the parts loaded on demand with those parts
 * (`en-parts.ts`, `en-tools.ts`). For tests that read the dictionaries directly (`messagesFor`, `en.range`).
 */
import '../../src/i18n/en-parts.js';
import '../../src/i18n/en-tools.js';
import { loadMessages } from '../../src/i18n/localize.js';

await Promise.all([loadMessages('de'), loadMessages('uk')]);
