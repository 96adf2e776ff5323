"""PDF documents from plain values (ReportLab): no Session, no Qt.

`base` is shared by every document (fonts, the one door for user text, page furniture, contents and
bookmarks); `applications` holds the application summary, the review pack and the letters; `values`
the frozen values they take. Importing this package imports nothing of ReportLab: the modules do,
when a report is made.
"""
