-- Partnership overview: one row per registered partnership (projection "partnership-overview").
CREATE TABLE partnership_overview (
    partnership_id UUID         NOT NULL PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    decision_rule  VARCHAR(20)  NOT NULL,
    quorum         INTEGER      NOT NULL,
    registered_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
