"""Building many documents into one graph: parallel and cached extraction, atomic output files."""
