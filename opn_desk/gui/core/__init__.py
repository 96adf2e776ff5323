"""The window's machinery shared by every area: the runner and its worker threads, settings, message boxes, the words for codes."""
