"""Table models fed by core queries: plain rows in, display text, sort keys and colours out."""
