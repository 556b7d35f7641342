-- Schema version 6: linked actor mentions of each article (the actors stage, warta.actors) and
-- the actors learned from text (warta.actors.learned; reviewed with `warta actors --learned`).
-- Offsets are into articles.text; one row per ActorLink record.
CREATE TABLE actor_mentions (
    article_id VARCHAR NOT NULL,
    n INTEGER NOT NULL,             -- order in the article
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    label VARCHAR NOT NULL,         -- PER | ORG | LOC
    actor_id VARCHAR,               -- knowledge-base or learned id; NULL when coded from words
    name VARCHAR NOT NULL,
    type VARCHAR NOT NULL,          -- person | organisation | country | place | ...
    code VARCHAR NOT NULL,          -- CAMEO actor code on the article date
    country VARCHAR NOT NULL,       -- PLOVER country (ISO-3)
    sectors VARCHAR NOT NULL,       -- JSON array of PLOVER sectors
    confidence DOUBLE NOT NULL,
    method VARCHAR NOT NULL,        -- the linking step that decided
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    learned BOOLEAN NOT NULL,
    run_id VARCHAR NOT NULL,
    PRIMARY KEY (article_id, n)
);
CREATE INDEX actor_mentions_actor ON actor_mentions (actor_id);
CREATE TABLE learned_actors (
    id VARCHAR PRIMARY KEY,         -- learned:<name>
    name VARCHAR NOT NULL,
    code VARCHAR NOT NULL,
    start VARCHAR,                  -- the date of the article that taught it
    office VARCHAR,
    status VARCHAR NOT NULL,        -- pending | accepted
    sentence VARCHAR NOT NULL,
    source VARCHAR NOT NULL,        -- article id
    seen INTEGER NOT NULL
);
