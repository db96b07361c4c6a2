"""Who this App is on GitHub, from `GET /app`: its bot account's login, `<slug>[bot]`.

Only markers in comments by that account count as ours; any other account's (another App's, or a
human's quoting ours) are ignored. Asked once per process; `QTREVIEW_BOT_LOGIN` overrides it (a
GitHub Enterprise proxy that hides `/app`, say). A failure to ask is the job's to retry: it never
falls back to "any bot".
"""

from __future__ import annotations

import asyncio

from bot.github.auth import mint_app_jwt
from bot.github.client import GitHubClient


class AppIdentity:
    def __init__(
        self, gh: GitHubClient, app_id: str, private_key: str, *, override: str | None = None
    ) -> None:
        self._gh = gh
        self._app_id = app_id
        self._private_key = private_key
        self._login = override
        self._asking = asyncio.Lock()

    async def login(self) -> str:
        if self._login is None:
            async with self._asking:
                if self._login is None:
                    app = await self._gh.getitem(
                        "/app", jwt=mint_app_jwt(self._app_id, self._private_key)
                    )
                    self._login = f"{app['slug']}[bot]"
        return self._login
