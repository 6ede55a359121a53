-- FMN's schema: the tables FMN's models create (SQLAlchemy's create_all on PostgreSQL, with
-- FMN's naming convention for constraints and indexes) at FMN's last schema revision,
-- alembic 85ea1d6c9a3f. A database FMN created is adopted with this version as its baseline,
-- so nothing here may differ from what FMN creates.
--
-- tracking_rules.rule_id has no ON DELETE CASCADE, as in FMN (whose ORM deletes a rule's
-- tracking rule itself); the rule repository does the same.

CREATE TABLE users (
    id SERIAL NOT NULL,
    name TEXT NOT NULL,
    CONSTRAINT users_pkey PRIMARY KEY (id),
    CONSTRAINT users_name_key UNIQUE (name)
);

CREATE TABLE rules (
    id SERIAL NOT NULL,
    name TEXT,
    disabled BOOLEAN DEFAULT FALSE NOT NULL,
    user_id INTEGER NOT NULL,
    CONSTRAINT rules_pkey PRIMARY KEY (id),
    CONSTRAINT rules_user_id_users_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE INDEX rules_disabled_index ON rules (disabled);

CREATE TABLE tracking_rules (
    id SERIAL NOT NULL,
    rule_id INTEGER NOT NULL,
    name VARCHAR(255) NOT NULL,
    params JSON,
    CONSTRAINT tracking_rules_pkey PRIMARY KEY (id),
    CONSTRAINT tracking_rules_rule_id_rules_fkey FOREIGN KEY (rule_id) REFERENCES rules (id),
    CONSTRAINT tracking_rules_rule_id_key UNIQUE (rule_id)
);

CREATE TABLE generation_rules (
    id SERIAL NOT NULL,
    rule_id INTEGER NOT NULL,
    CONSTRAINT generation_rules_pkey PRIMARY KEY (id),
    CONSTRAINT generation_rules_rule_id_rules_fkey FOREIGN KEY (rule_id) REFERENCES rules (id) ON DELETE CASCADE
);

CREATE TABLE generated (
    id SERIAL NOT NULL,
    rule_id INTEGER NOT NULL,
    "when" TIMESTAMP WITHOUT TIME ZONE DEFAULT now() NOT NULL,
    count INTEGER,
    CONSTRAINT generated_pkey PRIMARY KEY (id),
    CONSTRAINT generated_rule_id_rules_fkey FOREIGN KEY (rule_id) REFERENCES rules (id) ON DELETE CASCADE
);

CREATE INDEX generated_when_index ON generated ("when");

CREATE TABLE destinations (
    id SERIAL NOT NULL,
    generation_rule_id INTEGER NOT NULL,
    protocol VARCHAR(255) NOT NULL,
    address TEXT NOT NULL,
    CONSTRAINT destinations_pkey PRIMARY KEY (id),
    CONSTRAINT destinations_generation_rule_id_generation_rules_fkey
        FOREIGN KEY (generation_rule_id) REFERENCES generation_rules (id) ON DELETE CASCADE
);

CREATE TABLE filters (
    id SERIAL NOT NULL,
    generation_rule_id INTEGER NOT NULL,
    name VARCHAR(255) NOT NULL,
    params JSON,
    CONSTRAINT filters_pkey PRIMARY KEY (id),
    CONSTRAINT filters_generation_rule_id_generation_rules_fkey
        FOREIGN KEY (generation_rule_id) REFERENCES generation_rules (id) ON DELETE CASCADE
);
