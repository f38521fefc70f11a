"""Swedish notations, independent of documents: dates, amounts, case numbers, identity numbers."""
