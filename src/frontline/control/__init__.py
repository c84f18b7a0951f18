"""Control of territory: a timeline per place from territorial events and control statements."""

from frontline.control.timeline import (
    Change,
    changes_from,
    control_at,
    history_of,
    is_control_record,
    place_history,
    state_at,
)

__all__ = [
    "Change",
    "changes_from",
    "control_at",
    "history_of",
    "is_control_record",
    "place_history",
    "state_at",
]
