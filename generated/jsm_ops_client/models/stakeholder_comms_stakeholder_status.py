from enum import StrEnum


class StakeholderCommsStakeholderStatus(StrEnum):
    ACTIVE = "ACTIVE"
    DELETED = "DELETED"
    INACTIVE = "INACTIVE"
    INVITED = "INVITED"
    INVITED_PENDING_APPROVAL = "INVITED_PENDING_APPROVAL"
    NOT_INVITED = "NOT_INVITED"
    PENDING_IDENTITY_SETUP = "PENDING_IDENTITY_SETUP"
    QUARANTINED = "QUARANTINED"

    @classmethod
    def _missing_(cls, value: object) -> "StakeholderCommsStakeholderStatus | None":
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
