"""Webhook handlers, one gidgethub Router per feature module; `bot.routes` combines them."""
