"""The basic English forms of a question, with the Chinese names inside them: which measures support X,
what does X serve, where does X appear, how many, who leads X, how X and Y relate.

>>> english_question("Which measures support 制造业高质量发展?")
('measures', ('制造业高质量发展',), False)
>>> english_question("How many measures does 人工智能 have?")
('measures', ('人工智能',), True)
>>> english_question("What is the relationship between 数字经济 and 实体经济?")
('relation', ('数字经济', '实体经济'), False)
>>> english_question("哪些举措支撑数字经济") is None
True
>>> english_question("What are the main goals of the document?"), english_question("What is this article about?")
(('goals', (), False), ('about', (), False))
"""

from __future__ import annotations

import re

from kg.ask.scope import Scope, scope_of

NAME = r"[\"“'‘]?(.+?)[\"”'’]?"
DOC = r"(?:the |this |these |each )?(?:document|article|report|text|graph|file)s?"
FORMS: tuple[tuple[str, str, bool], ...] = (
    # what the documents themselves hold: no name asked about
    (rf"what (?:are|were) (?:the |its |their )?(?:main |key |major )?(?:goals|aims|objectives|targets)(?: of {DOC}| in {DOC})?",
     "whole-goals", False),
    (rf"what (?:are|were) (?:the |its |their )?(?:main |key |major )?(?:measures|actions|tasks|policies|steps)(?: of {DOC}| in {DOC})?",
     "whole-measures", False),
    (r"what (?:goals|targets|objectives|aims) (?:does|do|did) .*?(?:report|document|article|file|text)s? (?:set|have|contain|list|name)",
     "whole-goals", False),
    (rf"(?:list|show|give)(?: me)? (?:all )?(?:the )?(?:goals|targets|objectives) (?:of|in|for|set by|from) {NAME}", "goals-of", False),
    (rf"(?:list|show|give|find)(?: me)? (?:all )?(?:the )?(?:measures|actions|policies|steps) (?:about|on|for|of|in|supporting) {NAME}",
     "measures", False),
    (rf"(?:is|was|are|were) {NAME} (?:mentioned|cited|discussed|named)(?: in .*)?|(?:does|do|did) {NAME} (?:appear|occur)(?: in .*)?",
     "articles", False),
    (rf"(?:which|what) (?:provinces|regions|years) (?:mention|mentioned|cite|discuss|talk about|refer to) {NAME}", "articles", False),
    (rf"what (?:is|are) {DOC} about|what (?:does|do) {DOC} say|summari[sz]e {DOC}|(?:give me )?an overview(?: of {DOC})?|"
     rf"who (?:wrote|issued|published) {DOC}", "whole-about", False),
    (rf"(?:what|how) is the (?:relation|relationship|connection|link) between {NAME} and {NAME}", "relation", False),
    (rf"how (?:are|is|does) {NAME} (?:and|related to|connected to|linked to|relate to) {NAME}(?: related| connected| linked)?",
     "relation", False),
    (rf"how many (?:measures|actions|policies|policy measures) (?:does|do|are there for|support|for|serve) {NAME}"
     r"(?: have| support| get)?", "measures", True),
    (r"how many (?:goals|measures|documents|articles|concepts)(?: are there| does the graph (?:have|hold)| in total)?",
     "count", True),
    (rf"how many (?:documents|articles|reports|files|times) (?:mention|cite|contain|refer to) {NAME}", "articles", True),
    (rf"(?:which|what) (?:measures|actions|policies|policy measures|steps) (?:support|serve|are there for|are for|for|"
     rf"promote|help|drive|advance|back) {NAME}", "measures", False),
    (rf"(?:what are )?(?:the )?(?:measures|actions|policies|steps) (?:for|supporting|behind|to achieve|to promote) {NAME}",
     "measures", False),
    (rf"how (?:to|can we|can one|do we|does china|does the government|is) (?:promote|advance|achieve|improve|support|"
     rf"develop|strengthen|build|boost|raise|reach)?\s*{NAME}(?: be (?:promoted|advanced|achieved|improved|supported))?",
     "measures", False),
    (rf"(?:which|what) goals? (?:does|do) {NAME} (?:serve|support)", "goals", False),
    (rf"what (?:does|do) {NAME} (?:serve|support|aim at|aim for)", "goals", False),
    (rf"what is {NAME} for|why {NAME}|what is the (?:purpose|aim|goal) of {NAME}", "goals", False),
    (rf"where (?:does|do|is|are) {NAME} (?:appear|appears|mentioned|occur|come up|show up)", "articles", False),
    (rf"(?:which|what) (?:documents|articles|reports|files|texts) (?:mention|cite|contain|discuss|refer to|talk about) {NAME}",
     "articles", False),
    (rf"(?:which|what) (?:department|agency|ministry|body|office|authority) (?:leads|is in charge of|is responsible for|"
     rf"takes the lead on|heads) {NAME}", "lead", False),
    (rf"who (?:leads|is in charge of|is responsible for|takes the lead on|heads) {NAME}", "lead", False),
    (rf"(?:which|what) (?:tasks|measures|work) (?:does|do) {NAME} (?:lead|head|take charge of)", "tasks", False),
    (rf"what (?:does|do) {NAME} (?:include|comprise|consist of|cover)", "includes", False),
    (rf"what (?:drives|enables|supports|underpins|promotes) {NAME}", "enables", False),
    (rf"what (?:does|do) {NAME} (?:drive|enable|promote|bring about|lead to)", "effects", False),
    (rf"what (?:is|are) {NAME} (?:a part|part|a kind|a type|a member) of|(?:where|what) (?:does|do) {NAME} belong(?: to)?",
     "classes", False),
    (rf"(?:what|which) (?:concepts |terms |ideas )?(?:is|are) (?:related|linked|connected) to {NAME}", "concepts", False),
    (rf"(?:what is|what are|tell me about|show me|about) {NAME}", "about", False),
)
_FORMS = tuple((re.compile(p, re.IGNORECASE), intent, count) for p, intent, count in FORMS)
_LATIN = re.compile(r"[A-Za-z]")
TAIL = re.compile(r"\s+(?:in|from|during|since|by)\s+(?:the\s+)?(?:[\u4e00-\u9fff]|\d{4}).*$", re.IGNORECASE)  # … in 广东, in 2023
YEAR = re.compile(r"(?<![\d〔\[])(1[89]\d\d|20\d\d)(?![\d〕\]年])")


# a year that opens a Chinese name (2035年远景目标) is part of the name, not the year of a document
NAMED_YEAR = re.compile(r"(?<![\d\u4e00-\u9fff])(?:1[89]\d\d|20\d\d)年(?!以来|以后|之后|以前|之前|的|度|政府工作报告)[\u4e00-\u9fff]+")


def english_scope(text: str) -> Scope:
    """The documents an English question is limited to: 文号, provinces and years written in it, the government work
    reports, and whether it asks by province or by year.

    >>> english_scope("Which provinces mention 低空经济 in 2025?")
    Scope(years=(2025, 2025), by='region')
    >>> english_scope("What goals does the 2024 government work report set?")
    Scope(years=(2024, 2024), genres=('政府工作报告',))
    >>> english_scope("Which documents mention 2035年远景目标?")
    Scope()
    """
    scope, _ = scope_of(NAMED_YEAR.sub(" ", text))
    years = scope.years
    if years is None and (found := YEAR.search(NAMED_YEAR.sub(" ", text))):
        years = (int(found.group(1)), int(found.group(1)))
    genres = scope.genres + (("政府工作报告",) if re.search(r"government work reports?", text, re.IGNORECASE) else ())
    by = scope.by or ("region" if re.search(r"\b(?:provinces|regions)\b", text, re.IGNORECASE) else
                      "year" if re.search(r"\b(?:which|what) years\b", text, re.IGNORECASE) else "")
    return Scope(scope.documents, scope.regions, years, genres, by, scope.recent)


def english_question(text: str) -> tuple[str, tuple[str, ...], bool] | None:
    """(intent, names, how many) of the question an English sentence asks, or None when ``text`` is not English.

    >>> english_question("Which measures support the digital economy?"), english_question("数字经济")
    (('measures', ('the digital economy',), False), None)
    """
    words = re.findall(r"[A-Za-z]+", text)
    if len(words) < 2 or sum(len(w) for w in words) < len(re.sub(r"[\s?.!,\"'“”‘’]", "", text)) / 3:
        return None
    clean = text.strip().rstrip("?.! ").strip()
    for pattern, intent, count in _FORMS:
        m = pattern.fullmatch(clean)
        if m:
            names = tuple(n for n in (TAIL.sub("", g).strip(" \"'“”‘’") for g in m.groups() if g) if n)
            if intent == "count":
                return "about", (), True
            if intent == "goals-of":  # the goals of a document, named by its 文号 or title
                return "goals", names, False
            if intent.startswith("whole-"):
                return intent.removeprefix("whole-"), (), False
            return intent, names, count
    names = tuple(re.findall(r"[\u3400-\u9fff][\u3400-\u9fff0-9·、]*", clean))
    return ("about", names[:2], False) if names else None
