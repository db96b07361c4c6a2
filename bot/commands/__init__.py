"""`/qtreview` commands in pull-request comments: parsing and permissions (`parse`), running them
(`runner`)."""
