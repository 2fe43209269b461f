from enum import StrEnum


class ContactMethod(StrEnum):
    EMAIL = "email"
    MOBILE = "mobile"
    SMS = "sms"
    VOICE = "voice"

    @classmethod
    def _missing_(cls, value: object) -> "ContactMethod | None":
        # Atlassian adds enum values before documenting them: keep an unknown value as a
        # pseudo-member instead of failing to parse the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value the spec does not list (kept as received)."""
        return self._value_ in type(self)._value2member_map_

    def __str__(self) -> str:
        return str(self.value)
