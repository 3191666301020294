"""Prompts and reply templates, one per file, loaded by name (agent.prompts.load)."""
