-- Indexes on the foreign keys FMN leaves unindexed: reading a user's rules, a rule's
-- generation rules, their destinations and filters, and deleting a rule (whose cascades look
-- rows up by these columns) no longer scan whole tables. FMN itself is unaffected by them.

CREATE INDEX rules_user_id_index ON rules (user_id);
CREATE INDEX generation_rules_rule_id_index ON generation_rules (rule_id);
CREATE INDEX destinations_generation_rule_id_index ON destinations (generation_rule_id);
CREATE INDEX filters_generation_rule_id_index ON filters (generation_rule_id);
CREATE INDEX generated_rule_id_index ON generated (rule_id);
