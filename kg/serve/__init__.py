"""Serving a built graph over HTTP: SPARQL, questions and the page."""
