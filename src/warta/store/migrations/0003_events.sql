-- Schema version 3: coded events of each article (the events stage, warta.events.code_article).
-- Offsets are into articles.text; list columns hold JSON arrays; one row per Event record.
CREATE TABLE events (
    id VARCHAR PRIMARY KEY,        -- Event.id: <article id>-<n>
    article_id VARCHAR NOT NULL,
    n INTEGER NOT NULL,            -- order in the article
    sentence INTEGER NOT NULL,     -- Event.sentence
    start INTEGER NOT NULL,        -- sentence span (event_text)
    "end" INTEGER NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    trigger VARCHAR NOT NULL,
    type VARCHAR NOT NULL,         -- PLOVER event type
    mode VARCHAR,                  -- PLOVER mode
    contexts VARCHAR NOT NULL,     -- JSON array of PLOVER contexts
    cameo VARCHAR NOT NULL,        -- CAMEO event code
    quad_class INTEGER NOT NULL,   -- 1..4
    score DOUBLE NOT NULL,         -- PLOVER score
    actor_codes VARCHAR NOT NULL,  -- JSON array of CAMEO actor codes (Event.actors[*].code)
    actors VARCHAR NOT NULL,       -- JSON array of {text, start, end, id, code, country, sectors}
    recipient_codes VARCHAR NOT NULL,
    recipients VARCHAR NOT NULL,
    location VARCHAR,              -- Event.location.text
    location_country VARCHAR,
    date VARCHAR,                  -- TIMEX3 value (2023-07-25/2023-07-27, 2019) or the DCT
    date_text VARCHAR,
    date_source VARCHAR NOT NULL,  -- time | published | none
    date_confidence DOUBLE NOT NULL,
    base_type VARCHAR,
    future BOOLEAN NOT NULL,
    negated BOOLEAN NOT NULL,
    hypothetical BOOLEAN NOT NULL,
    historical BOOLEAN NOT NULL,
    reported BOOLEAN NOT NULL,
    speaker_code VARCHAR,
    confidence DOUBLE NOT NULL,
    run_id VARCHAR NOT NULL
);
CREATE INDEX events_article ON events (article_id);
