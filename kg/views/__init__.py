"""Views: the drawable part of a graph, the page, focused pages, analysis, terminal output and exports."""
