"""What a write changed, so each screen refreshes only what it shows."""

from enum import Flag, auto


class Changes(Flag):
    NONE = 0
    WARDS = auto()
    STAFF = auto()
    SETTINGS = auto()
    HUDDLES = auto()
    ACTIONS = auto()
    REFLECTIONS = auto()
    MEASURES = auto()
    PROJECTS = auto()
    AUDIT = auto()
    EXCHANGE = auto()  # exports made, files imported or waiting, devices linked
    ALL = WARDS | STAFF | SETTINGS | HUDDLES | ACTIONS | REFLECTIONS | MEASURES | PROJECTS | AUDIT | EXCHANGE
