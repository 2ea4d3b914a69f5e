"""Hearth: private AI chat with language models on your own machine."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("hearth-chat")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"

APP_NAME = "Hearth"
