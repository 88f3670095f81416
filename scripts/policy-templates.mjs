// node scripts/policy-templates.mjs [--update-url <url of update.xml>] [--config <config.json>] [--out <dir>]
// Writes the enterprise policy templates (docs/IT.md). Without options it refreshes the committed
// examples in utils/deploy/templates/ (placeholder update URL, utils/deploy/example-config.json).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writePolicyTemplates, loadExampleConfig, PLACEHOLDER_UPDATE_URL } from '../utils/deploy/policy-templates.mjs';

const { values } = parseArgs({ options: { 'update-url': { type: 'string' }, config: { type: 'string' }, out: { type: 'string' } } });
const config = values.config ? JSON.parse(readFileSync(values.config, 'utf8')) : loadExampleConfig();
const outDir = resolve(values.out ?? join(import.meta.dirname, '..', 'utils/deploy/templates'));
const written = writePolicyTemplates({ outDir, config, updateUrl: values['update-url'] ?? PLACEHOLDER_UPDATE_URL });
console.log(written.join('\n'));
