"""The one exception start-up problems raise (its own module so every settings check can use it)."""


class ConfigError(Exception):
    """A setting is missing or invalid; the message is one line an operator can act on."""
