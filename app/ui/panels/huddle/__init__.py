"""The sections of the daily huddle sheet, one widget (and one form) each, in the order the sheet
shows them: the meeting, attendance, staffing, look back, safety cross, look ahead, actions and
closing. HuddlePage (app/ui/pages/huddle_page.py) composes them into one record editor, with the
page's helpers here: keys (shortcuts, Tab chain), reminders (the banner), questions (leave, delete)
and sheet_pdf (print and PDF)."""
