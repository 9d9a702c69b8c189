"""The parts of the improvement board (issue 18): the columns of cards and their keys, the lower
panels (focus, key measures, days since harm, celebrations, open actions, "You said, we did"), the
chosen card's editor, the PDSA cycle a card in Testing needs, and the full-screen wall mode.
BoardPage (app/ui/pages/board_page.py) composes them."""
