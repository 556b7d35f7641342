-- Schema version 4: stories (issue 7). Written by warta.stories.storage (`warta stories`).
-- Each article's story signature, so later runs add new articles without recomputing the old.
CREATE TABLE story_signatures (
    article_id VARCHAR PRIMARY KEY,
    day VARCHAR,                  -- publication date (ISO)
    outlet VARCHAR,
    title VARCHAR NOT NULL,
    terms VARCHAR NOT NULL,       -- JSON {term or key: raw weight}
    minhash BLOB NOT NULL         -- MinHash signature (uint32 little-endian, warta.stories.neardup)
);

-- Reprints and lightly edited copies: each non-canonical copy and its canonical copy.
CREATE TABLE near_duplicates (
    article_id VARCHAR PRIMARY KEY,
    canonical_id VARCHAR NOT NULL,
    similarity DOUBLE NOT NULL    -- estimated Jaccard of five-word shingles
);

CREATE TABLE stories (
    story_id VARCHAR PRIMARY KEY, -- 's' + id of the earliest member
    label VARCHAR NOT NULL,
    first_report VARCHAR,
    last_report VARCHAR,
    outlets VARCHAR NOT NULL,     -- JSON list
    docs INTEGER NOT NULL,
    events INTEGER NOT NULL       -- fused events of the story
);

CREATE TABLE story_members (
    article_id VARCHAR PRIMARY KEY,
    story_id VARCHAR NOT NULL
);
CREATE INDEX story_members_story ON story_members (story_id);

-- One happening told by several reports: the fused event and its supporting reports.
CREATE TABLE fused_events (
    fused_id VARCHAR PRIMARY KEY,
    story_id VARCHAR NOT NULL,
    event VARCHAR NOT NULL,       -- PLOVER event type
    articles INTEGER NOT NULL,
    outlets INTEGER NOT NULL,
    record VARCHAR NOT NULL       -- JSON: the FusedEvent with every supporting report
);
