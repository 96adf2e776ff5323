"""The Meetings area: the advisory committee's meetings (docs/MEETINGS.md)."""
