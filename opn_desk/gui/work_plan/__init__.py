"""The Work plan area: tasks, their status and progress, the progress report (docs/MEETINGS.md)."""
