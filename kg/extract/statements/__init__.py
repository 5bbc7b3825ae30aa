"""Goals, measures and the support links between them, in three parts.

- :mod:`.clauses`, the clause reader: a clause read on its own (:func:`read_clause`), an action (a
  measure), an end to reach (a goal), or neither;
- :mod:`.links`, the sentence linker: the statements of a sentence and how they serve each other
  (:func:`read_sentence`): 为Y…, X有利于Y, X是Y的关键, 以X推动Y, 通过X实现Y, a result clause that ends a
  run of actions;
- :mod:`.parents`, the outline attacher: the outline of the article (:mod:`kg.text.outline`) gives the
  rest (:func:`extract_statements`): headings support their parent heading or the article goal, a
  paragraph's lead sentence or numbered item is the goal of what its paragraph says.

>>> from kg.text.layout import layout
>>> from kg.model import Source
>>> text = "发展海洋经济\\n\\n张三 李四\\n\\n一是完善港口设施。要加快建设现代化港口群，深化港航协同。"
>>> facts = extract_statements(layout(Source("a.txt", text)).articles[0])
>>> [(s.kind.value, s.label) for s in facts.statements]
[('goal', '发展海洋经济'), ('measure', '完善港口设施'), ('measure', '加快建设现代化港口群'), ('measure', '深化港航协同')]
"""

from kg.extract.statements.clauses import Reading, read_clause
from kg.extract.statements.goals import article_goal
from kg.extract.statements.labels import identity, label
from kg.extract.statements.links import read_sentence
from kg.extract.statements.parents import extract_statements
from kg.extract.statements.readings import SentenceReading

__all__ = ["Reading", "SentenceReading", "article_goal", "extract_statements", "identity", "label", "read_clause",
           "read_sentence"]
