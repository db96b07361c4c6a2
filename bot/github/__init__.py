"""Talking to GitHub: the HTTP client, App authentication, shared types (`Repo`), the hidden
markers in our comments and the one listing of what we already said on a pull request."""
