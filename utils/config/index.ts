export { configSchema, defaultConfig, KEY_SCHEMAS, CONFIG_KEYS, MAX_CAPTURE_RETENTION_DAYS, type Config, type ConfigKey } from './schema';
export { mergeConfig, type ConfigProblem, type ConfigSource, type MergedConfig } from './merge';
export { findAssignment, isFieldAssigned, type Assignment } from './assignment';
export { RULE_IDS, SEVERITIES, DEFAULT_SEVERITY, isRuleId, type RuleId, type Severity } from './rule-ids';
