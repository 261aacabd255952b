"""Package data: lexicons and vocabularies read at run time (no code knowledge of any conflict)."""
