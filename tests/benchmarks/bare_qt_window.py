"""The start-up floor: a bare PySide6 script that shows an empty QMainWindow and quits on first paint."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):  # ANN001
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print("window painted", flush=True)  # as wardhuddle --quit-when-ready says it
            QTimer.singleShot(0, QApplication.instance().quit)


app = QApplication(sys.argv)
window = Window()
window.resize(1366, 768)
window.show()
sys.exit(app.exec())
