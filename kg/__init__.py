"""policykg: Chinese policy writing into a knowledge graph of goals, measures and concepts."""

__version__ = "0.1.0"
