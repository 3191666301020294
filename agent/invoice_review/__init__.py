"""The invoice_review graph: load context → match → propose → review gate → finalize."""
