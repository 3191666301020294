"""The eval suite: datasets under evals/datasets, one suite module per tool, a runner and reports."""
