"""Hearth's widgets. They talk to ``app.core`` through workers and signals and never block."""
