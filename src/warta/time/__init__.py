"""Indonesian temporal expressions: recognition, TIMEX3 normalisation, publication dates.

``tag(text, dct)`` returns ``TimeExpression`` records (spans into ``text``);
``choose_publication_date`` (``warta.time.dct``) picks an article's date from its candidates;
``warta.time.tense`` gives clause tense and the expression governing a span.
"""

from warta.time.dct import choose_publication_date
from warta.time.tagger import tag
from warta.time.tense import governing_time, tense_at

__all__ = ["choose_publication_date", "governing_time", "tag", "tense_at"]
