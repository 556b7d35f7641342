-- Schema version 2: time expressions of each article (the time stage), spans into articles.text.
CREATE TABLE time_expressions (
    article_id VARCHAR NOT NULL,
    n INTEGER NOT NULL,           -- order in the article
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    type VARCHAR NOT NULL,        -- DATE | TIME | DURATION | SET
    value VARCHAR NOT NULL,       -- TIMEX3 value
    anchor VARCHAR,
    mod VARCHAR,
    run_id VARCHAR NOT NULL,
    PRIMARY KEY (article_id, n)
);
