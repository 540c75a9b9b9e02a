"""Read models and their queries, one module per context."""
