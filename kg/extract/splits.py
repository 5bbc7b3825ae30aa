"""Splits: the characters of one word the segmenter cut apart, read back as one noun.

>>> split_abbreviations(["n", "n", "d", "n", "vn"], ["县域", "医", "共", "体", "建设"])
['n', 'n', 'n', 'n', 'vn']
"""

from __future__ import annotations


def split_abbreviations(flags: list[str], words: list[str]) -> list[str]:
    """医|共|体, 县|域|外: a one-character adverb between two one-character nouns, after a noun of two characters or more,
    stands inside an abbreviation the segmenter could not read (医共体: 医疗共同体); an adverb modifies a verb, never
    a noun of one character, so it is read as a noun there.

    >>> split_abbreviations(["n", "d", "v"], ["医", "共", "享"])
    ['n', 'd', 'v']
    """
    out = list(flags)
    for k in range(2, len(words) - 1):
        if (flags[k] == "d" and len(words[k]) == 1 and len(words[k - 1]) == 1 == len(words[k + 1])
                and flags[k - 1] == "n" == flags[k + 1] and len(words[k - 2]) >= 2 and flags[k - 2] in ("n", "nz", "j", "ns")):
            out[k] = "n"
    return out
