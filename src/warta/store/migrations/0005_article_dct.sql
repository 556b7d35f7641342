-- Schema version 5: every article's document creation time (DCT) as the time stage used it:
-- the publication date when the page states it (``published``), else the best estimate from the
-- page's date candidates, with the reason.
ALTER TABLE articles ADD COLUMN dct VARCHAR;
ALTER TABLE articles ADD COLUMN dct_reason VARCHAR;
