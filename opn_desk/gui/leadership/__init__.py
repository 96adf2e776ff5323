"""The Leadership area: the renewal's steps, candidates, criteria, checklist, terms and succession."""
