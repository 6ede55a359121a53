-- A database as FMN leaves it: the tables its models create (create_all on PostgreSQL, FMN's
-- naming convention), alembic stamped at FMN's last revision, and rules of every kind FMN
-- stores, including rows this FMN cannot represent. Written from FMN's models and its API's
-- way of storing rules; ids come from the sequences, as they would in FMN.

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

CREATE TABLE generation_rules (
    id SERIAL NOT NULL,
    rule_id INTEGER NOT NULL,
    CONSTRAINT generation_rules_pkey PRIMARY KEY (id),
    CONSTRAINT generation_rules_rule_id_rules_fkey FOREIGN KEY (rule_id) REFERENCES rules (id) ON DELETE CASCADE
);

CREATE TABLE tracking_rules (
    id SERIAL NOT NULL,
    rule_id INTEGER NOT NULL,
    name VARCHAR(255) NOT NULL,
    params JSON,
    CONSTRAINT tracking_rules_pkey PRIMARY KEY (id),
    CONSTRAINT tracking_rules_rule_id_rules_fkey FOREIGN KEY (rule_id) REFERENCES rules (id),
    CONSTRAINT tracking_rules_rule_id_key UNIQUE (rule_id)
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

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

INSERT INTO alembic_version (version_num) VALUES ('85ea1d6c9a3f');

INSERT INTO users (name) VALUES ('alice');
INSERT INTO users (name) VALUES ('bob');
INSERT INTO users (name) VALUES ('carol');
INSERT INTO users (name) VALUES ('dana');

-- 1. alice's packages: the filters FMN's API writes for a new rule (one row each).
INSERT INTO rules (name, disabled, user_id) VALUES ('My packages', FALSE, (SELECT id FROM users WHERE name = 'alice'));
INSERT INTO tracking_rules (rule_id, name, params)
    VALUES ((SELECT id FROM rules WHERE name = 'My packages'), 'artifacts-owned', JSON '["alice"]');
INSERT INTO generation_rules (rule_id) VALUES ((SELECT id FROM rules WHERE name = 'My packages'));
INSERT INTO destinations (generation_rule_id, protocol, address)
    VALUES ((SELECT g.id FROM generation_rules g JOIN rules r ON r.id = g.rule_id WHERE r.name = 'My packages'),
            'email', 'alice@example.org');
INSERT INTO filters (generation_rule_id, name, params)
    VALUES ((SELECT g.id FROM generation_rules g JOIN rules r ON r.id = g.rule_id WHERE r.name = 'My packages'),
            'applications', JSON '[]');
INSERT INTO filters (generation_rule_id, name, params)
    VALUES ((SELECT g.id FROM generation_rules g JOIN rules r ON r.id = g.rule_id WHERE r.name = 'My packages'),
            'severities', JSON '[]');
INSERT INTO filters (generation_rule_id, name, params)
    VALUES ((SELECT g.id FROM generation_rules g JOIN rules r ON r.id = g.rule_id WHERE r.name = 'My packages'),
            'topic', JSON 'null');
INSERT INTO filters (generation_rule_id, name, params)
    VALUES ((SELECT g.id FROM generation_rules g JOIN rules r ON r.id = g.rule_id WHERE r.name = 'My packages'),
            'my_actions', JSON 'false');
INSERT INTO generated (rule_id, "when", count)
    VALUES ((SELECT id FROM rules WHERE name = 'My packages'), TIMESTAMP '2026-01-11 12:00:00', 3);
INSERT INTO generated (rule_id, "when", count)
    VALUES ((SELECT id FROM rules WHERE name = 'My packages'), TIMESTAMP '2026-01-06 12:00:00', 2);
INSERT INTO generated (rule_id, "when", count)
    VALUES ((SELECT id FROM rules WHERE name = 'My packages'), TIMESTAMP '2025-12-01 00:00:00', 50);

-- 2. alice's groups: application names as the user typed them, a severity in capitals.
INSERT INTO rules (name, disabled, user_id) VALUES ('Group packages', FALSE, (SELECT id FROM users WHERE name = 'alice'));
INSERT INTO tracking_rules (rule_id, name, params)
    VALUES ((SELECT id FROM rules WHERE name = 'Group packages'), 'artifacts-group-owned', JSON '["python-sig", "infra-sig"]');
INSERT INTO generation_rules (rule_id) VALUES ((SELECT id FROM rules WHERE name = 'Group packages'));
INSERT INTO destinations (generation_rule_id, protocol, address)
    VALUES ((SELECT g.id FROM generation_rules g JOIN rules r ON r.id = g.rule_id WHERE r.name = 'Group packages'),
            'irc', 'alice');
INSERT INTO filters (generation_rule_id, name, params)
    VALUES ((SELECT g.id FROM generation_rules g JOIN rules r ON r.id = g.rule_id WHERE r.name = 'Group packages'),
            'applications', JSON '["Bodhi", "koji"]');
INSERT INTO filters (generation_rule_id, name, params)
    VALUES ((SELECT g.id FROM generation_rules g JOIN rules r ON r.id = g.rule_id WHERE r.name = 'Group packages'),
            'severities', JSON '["warning", "ERROR"]');
INSERT INTO filters (generation_rule_id, name, params)
    VALUES ((SELECT g.id FROM generation_rules g JOIN rules r ON r.id = g.rule_id WHERE r.name = 'Group packages'),
            'topic', JSON '"*.bodhi.update.*"');
INSERT INTO filters (generation_rule_id, name, params)
    VALUES ((SELECT g.id FROM generation_rules g JOIN rules r ON r.id = g.rule_id WHERE r.name = 'Group packages'),
            'my_actions', JSON 'true');

-- 3. bob's followed artifacts: two generation rules; the second has only a topic row, so
--    FMN's consumer runs no other filter on it.
INSERT INTO rules (name, disabled, user_id) VALUES ('Followed', FALSE, (SELECT id FROM users WHERE name = 'bob'));
INSERT INTO tracking_rules (rule_id, name, params)
    VALUES ((SELECT id FROM rules WHERE name = 'Followed'), 'artifacts-followed',
            JSON '[{"name": "kernel", "type": "rpms"}, {"name": "fedora-toolbox", "type": "containers"}]');
INSERT INTO generation_rules (rule_id) VALUES ((SELECT id FROM rules WHERE name = 'Followed'));
INSERT INTO generation_rules (rule_id) VALUES ((SELECT id FROM rules WHERE name = 'Followed'));
INSERT INTO destinations (generation_rule_id, protocol, address)
    VALUES ((SELECT MIN(g.id) FROM generation_rules g JOIN rules r ON r.id = g.rule_id WHERE r.name = 'Followed'),
            'email', 'bob@example.org');
INSERT INTO filters (generation_rule_id, name, params)
    VALUES ((SELECT MIN(g.id) FROM generation_rules g JOIN rules r ON r.id = g.rule_id WHERE r.name = 'Followed'),
            'applications', JSON '[]');
INSERT INTO filters (generation_rule_id, name, params)
    VALUES ((SELECT MIN(g.id) FROM generation_rules g JOIN rules r ON r.id = g.rule_id WHERE r.name = 'Followed'),
            'severities', JSON '["debug"]');
INSERT INTO filters (generation_rule_id, name, params)
    VALUES ((SELECT MIN(g.id) FROM generation_rules g JOIN rules r ON r.id = g.rule_id WHERE r.name = 'Followed'),
            'topic', JSON 'null');
INSERT INTO filters (generation_rule_id, name, params)
    VALUES ((SELECT MIN(g.id) FROM generation_rules g JOIN rules r ON r.id = g.rule_id WHERE r.name = 'Followed'),
            'my_actions', JSON 'false');
INSERT INTO destinations (generation_rule_id, protocol, address)
    VALUES ((SELECT MAX(g.id) FROM generation_rules g JOIN rules r ON r.id = g.rule_id WHERE r.name = 'Followed'),
            'matrix', '@bob:fedora.im');
INSERT INTO destinations (generation_rule_id, protocol, address)
    VALUES ((SELECT MAX(g.id) FROM generation_rules g JOIN rules r ON r.id = g.rule_id WHERE r.name = 'Followed'),
            'irc', 'bob');
INSERT INTO filters (generation_rule_id, name, params)
    VALUES ((SELECT MAX(g.id) FROM generation_rules g JOIN rules r ON r.id = g.rule_id WHERE r.name = 'Followed'),
            'topic', JSON '"org.fedoraproject.prod.copr.build.end"');
INSERT INTO generated (rule_id, "when", count)
    VALUES ((SELECT id FROM rules WHERE name = 'Followed'), TIMESTAMP '2026-01-12 06:00:00', 1);
INSERT INTO generated (rule_id, "when", count)
    VALUES ((SELECT id FROM rules WHERE name = 'Followed'), TIMESTAMP '2026-01-12 07:00:00', NULL);

-- 4. bob's events, disabled; related-events stores no params (SQL NULL here).
INSERT INTO rules (name, disabled, user_id) VALUES ('About me', TRUE, (SELECT id FROM users WHERE name = 'bob'));
INSERT INTO tracking_rules (rule_id, name, params)
    VALUES ((SELECT id FROM rules WHERE name = 'About me'), 'related-events', NULL);
INSERT INTO generation_rules (rule_id) VALUES ((SELECT id FROM rules WHERE name = 'About me'));
INSERT INTO destinations (generation_rule_id, protocol, address)
    VALUES ((SELECT g.id FROM generation_rules g JOIN rules r ON r.id = g.rule_id WHERE r.name = 'About me'),
            'email', 'bob@example.org');
INSERT INTO filters (generation_rule_id, name, params)
    VALUES ((SELECT g.id FROM generation_rules g JOIN rules r ON r.id = g.rule_id WHERE r.name = 'About me'),
            'severities', JSON '[]');
INSERT INTO filters (generation_rule_id, name, params)
    VALUES ((SELECT g.id FROM generation_rules g JOIN rules r ON r.id = g.rule_id WHERE r.name = 'About me'),
            'my_actions', JSON 'false');

-- 5. carol's followed people: a rule without a name, an excluded application.
INSERT INTO rules (name, disabled, user_id) VALUES (NULL, FALSE, (SELECT id FROM users WHERE name = 'carol'));
INSERT INTO tracking_rules (rule_id, name, params)
    VALUES ((SELECT r.id FROM rules r JOIN users u ON u.id = r.user_id WHERE u.name = 'carol'), 'users-followed',
            JSON '["alice", "bob"]');
INSERT INTO generation_rules (rule_id) VALUES ((SELECT r.id FROM rules r JOIN users u ON u.id = r.user_id WHERE u.name = 'carol'));
INSERT INTO destinations (generation_rule_id, protocol, address)
    VALUES ((SELECT g.id FROM generation_rules g JOIN rules r ON r.id = g.rule_id JOIN users u ON u.id = r.user_id
             WHERE u.name = 'carol'), 'email', 'carol@example.org');
INSERT INTO filters (generation_rule_id, name, params)
    VALUES ((SELECT g.id FROM generation_rules g JOIN rules r ON r.id = g.rule_id JOIN users u ON u.id = r.user_id
             WHERE u.name = 'carol'), 'excluded_applications', JSON '["copr"]');
INSERT INTO filters (generation_rule_id, name, params)
    VALUES ((SELECT g.id FROM generation_rules g JOIN rules r ON r.id = g.rule_id JOIN users u ON u.id = r.user_id
             WHERE u.name = 'carol'), 'severities', JSON '[]');
INSERT INTO filters (generation_rule_id, name, params)
    VALUES ((SELECT g.id FROM generation_rules g JOIN rules r ON r.id = g.rule_id JOIN users u ON u.id = r.user_id
             WHERE u.name = 'carol'), 'my_actions', JSON 'false');

-- 6. dana's rule with a tracking rule this FMN does not know.
INSERT INTO rules (name, disabled, user_id) VALUES ('Stolen', FALSE, (SELECT id FROM users WHERE name = 'dana'));
INSERT INTO tracking_rules (rule_id, name, params)
    VALUES ((SELECT id FROM rules WHERE name = 'Stolen'), 'artifacts-stolen', JSON '["dana"]');
INSERT INTO generation_rules (rule_id) VALUES ((SELECT id FROM rules WHERE name = 'Stolen'));
INSERT INTO destinations (generation_rule_id, protocol, address)
    VALUES ((SELECT g.id FROM generation_rules g JOIN rules r ON r.id = g.rule_id WHERE r.name = 'Stolen'),
            'email', 'dana@example.org');

-- 7. dana's rule with a destination of an early FMN's "preview" protocol.
INSERT INTO rules (name, disabled, user_id) VALUES ('Preview', FALSE, (SELECT id FROM users WHERE name = 'dana'));
INSERT INTO tracking_rules (rule_id, name, params)
    VALUES ((SELECT id FROM rules WHERE name = 'Preview'), 'related-events', JSON 'null');
INSERT INTO generation_rules (rule_id) VALUES ((SELECT id FROM rules WHERE name = 'Preview'));
INSERT INTO destinations (generation_rule_id, protocol, address)
    VALUES ((SELECT g.id FROM generation_rules g JOIN rules r ON r.id = g.rule_id WHERE r.name = 'Preview'),
            'preview', 'dana');
