-- Warta store, schema version 1. Raw documents are kept unmodified beside everything derived,
-- so a re-run with better models can rebuild the rest. JSON columns hold JSON text.
CREATE TABLE runs (
    run_id VARCHAR PRIMARY KEY,
    command VARCHAR NOT NULL,
    started TIMESTAMP NOT NULL,
    finished TIMESTAMP,
    warta_version VARCHAR NOT NULL,
    config VARCHAR NOT NULL,      -- JSON: the resolved configuration
    stats VARCHAR                 -- JSON: per-stage counts and timings
);

CREATE TABLE raw_documents (
    raw_id VARCHAR PRIMARY KEY,   -- sha256 of content
    source VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,        -- text | html | record | record-html
    url VARCHAR,
    fields VARCHAR NOT NULL,      -- JSON: container fields (title, date, ...)
    size BIGINT NOT NULL,
    content BLOB NOT NULL,
    run_id VARCHAR NOT NULL
);

CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    raw_id VARCHAR NOT NULL,
    source VARCHAR NOT NULL,
    status VARCHAR NOT NULL,      -- ok | duplicate | other_language
    duplicate_of VARCHAR,
    url VARCHAR,
    outlet VARCHAR,
    title VARCHAR,
    published VARCHAR,
    published_reason VARCHAR,
    page_date VARCHAR,
    language VARCHAR,
    language_confidence DOUBLE,
    encoding VARCHAR,
    body_hash VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    paragraphs VARCHAR NOT NULL,  -- JSON [[start, end], ...] into text
    source_text VARCHAR NOT NULL,
    source_spans VARCHAR NOT NULL,-- JSON [[start, end], ...] into source_text
    removed VARCHAR NOT NULL,     -- JSON [{start, end, reason}, ...] into source_text
    dateline VARCHAR,             -- JSON {place, tag, start, end}
    authors VARCHAR NOT NULL,     -- JSON list
    editors VARCHAR NOT NULL,
    cited_sources VARCHAR NOT NULL,
    date_candidates VARCHAR NOT NULL,
    warnings VARCHAR NOT NULL,
    run_id VARCHAR NOT NULL
);
CREATE INDEX articles_body_hash ON articles (body_hash);

CREATE TABLE quarantine (
    id VARCHAR PRIMARY KEY,       -- sha256 of source, code and content: a re-run adds nothing
    source VARCHAR NOT NULL,
    stage VARCHAR NOT NULL,
    code VARCHAR NOT NULL,
    message VARCHAR NOT NULL,
    content BLOB,
    run_id VARCHAR NOT NULL
);

CREATE TABLE filtered (
    id VARCHAR PRIMARY KEY,
    source VARCHAR NOT NULL,
    stage VARCHAR NOT NULL,
    code VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    raw_id VARCHAR,
    run_id VARCHAR NOT NULL
);
