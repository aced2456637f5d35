"""Stage 1: the knowledge base, read from YAML, validated, as a typed model."""

from .errors import KnowledgeBaseError, Problem
from .load import load_knowledge_base
from .model import KnowledgeBase

__all__ = ["KnowledgeBase", "KnowledgeBaseError", "Problem", "load_knowledge_base"]
