"""Hearth as a local OpenAI-compatible server for the user's other programs (no Qt here).

:mod:`~app.server.gateway` is the way into the one engine, :mod:`~app.server.schema` checks
requests, :mod:`~app.server.api` is the HTTP API, :mod:`~app.server.runner` runs it with uvicorn,
:mod:`~app.server.token` keeps the access token and :mod:`~app.server.cli` is ``hearth serve``.
"""
