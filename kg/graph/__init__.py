"""The graph: RDF of extracted facts, the SPARQL store, bundled queries, validation and pushing."""
