"""The window itself: start-up and opening a database, the main window and its pages, the File, Edit and Help menus' dialogs."""
