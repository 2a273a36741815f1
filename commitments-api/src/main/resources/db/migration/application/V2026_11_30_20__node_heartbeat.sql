-- Nodes running on this database, each seen every few seconds: how many share the processors' segments.
CREATE TABLE node_heartbeat (
    node_id VARCHAR(100)             NOT NULL,
    seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (node_id)
);
