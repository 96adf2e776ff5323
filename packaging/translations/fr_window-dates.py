"""French for the window's dates in the chosen language, issue 16 (window-dates): the portfolio editor's
date fields now take the language's own order ("31/12/2026")."""

TRANSLATIONS = {
    "“{text}” is not a date; write it like {example}.": "« {text} » n’est pas une date ; écrivez-la comme {example}.",
}
