-- The outbox: rule-change messages (fmn.rule.create/update/delete) written in the same
-- transaction as the change they announce, and relayed to the bus afterwards. Headers and
-- body are JSON kept as text: they are published as they are, never queried.

CREATE TABLE outbox (
    id BIGSERIAL NOT NULL,
    message_id VARCHAR(64) NOT NULL,
    topic VARCHAR(255) NOT NULL,
    headers TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts INTEGER DEFAULT 0 NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at TIMESTAMP WITH TIME ZONE,
    last_error TEXT,
    CONSTRAINT outbox_pkey PRIMARY KEY (id),
    CONSTRAINT outbox_message_id_key UNIQUE (message_id)
);

-- What a relay asks for: unsent entries that are due.
CREATE INDEX outbox_sent_at_next_attempt_at_index ON outbox (sent_at, next_attempt_at);
