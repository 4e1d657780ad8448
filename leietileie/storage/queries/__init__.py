"""Read-only queries kept apart from the repositories: list pages, case lists, screening
lists and facts, statistics, the follow-up lists and the batch loads of the vectorised engine."""
