"""Ward Huddle: offline-first safety huddles, reflections and improvement work for NHS wards."""

__version__ = "0.1.0"
APP_NAME = "Ward Huddle"
APP_ID = "wardhuddle"
ORG_NAME = "WardHuddle"
