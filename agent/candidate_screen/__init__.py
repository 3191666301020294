"""The candidate_screen graph: screen (parse, redact, match) → propose → review gate → finalize."""
