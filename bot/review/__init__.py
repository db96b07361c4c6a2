"""One review of one pull request: the queue, the pipeline (`pipeline.Reviewer`) and its steps:
sources, analysis, diff, plan, comment text, posting, fixed findings and the check run."""
