"""Text: reading a file, normalising it, laying it out, splitting sentences and clauses, segmenting words.

Every later stage quotes from the offsets these records carry.
"""
