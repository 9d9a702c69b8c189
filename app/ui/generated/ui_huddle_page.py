# Generated from forms/huddle_page.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from app.ui.widgets.uk_date import UkDateEdit

class Ui_HuddlePage(object):
    def setupUi(self, HuddlePage):
        if not HuddlePage.objectName():
            HuddlePage.setObjectName(u"HuddlePage")
        self.outerLayout = QVBoxLayout(HuddlePage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.title = QLabel(HuddlePage)
        self.title.setObjectName(u"title")

        self.titleRow.addWidget(self.title)

        self.savedIndicator = QLabel(HuddlePage)
        self.savedIndicator.setObjectName(u"savedIndicator")

        self.titleRow.addWidget(self.savedIndicator)


        self.outerLayout.addLayout(self.titleRow)

        self.topBar = QHBoxLayout()
        self.topBar.setObjectName(u"topBar")
        self.dateLabel = QLabel(HuddlePage)
        self.dateLabel.setObjectName(u"dateLabel")

        self.topBar.addWidget(self.dateLabel)

        self.huddleDate = UkDateEdit(HuddlePage)
        self.huddleDate.setObjectName(u"huddleDate")

        self.topBar.addWidget(self.huddleDate)

        self.previousDay = QPushButton(HuddlePage)
        self.previousDay.setObjectName(u"previousDay")

        self.topBar.addWidget(self.previousDay)

        self.nextDay = QPushButton(HuddlePage)
        self.nextDay.setObjectName(u"nextDay")

        self.topBar.addWidget(self.nextDay)

        self.todayButton = QPushButton(HuddlePage)
        self.todayButton.setObjectName(u"todayButton")

        self.topBar.addWidget(self.todayButton)

        self.slotLabel = QLabel(HuddlePage)
        self.slotLabel.setObjectName(u"slotLabel")

        self.topBar.addWidget(self.slotLabel)

        self.slot = QComboBox(HuddlePage)
        self.slot.setObjectName(u"slot")
        self.slot.setEditable(False)

        self.topBar.addWidget(self.slot)

        self.topBarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topBar.addItem(self.topBarSpacer)


        self.outerLayout.addLayout(self.topBar)

        self.remindersBanner = QLabel(HuddlePage)
        self.remindersBanner.setObjectName(u"remindersBanner")
        self.remindersBanner.setWordWrap(True)

        self.outerLayout.addWidget(self.remindersBanner)

        self.scroll = QScrollArea(HuddlePage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.sheet = QWidget()
        self.sheet.setObjectName(u"sheet")
        self.sheetLayout = QVBoxLayout(self.sheet)
        self.sheetLayout.setObjectName(u"sheetLayout")
        self.scroll.setWidget(self.sheet)

        self.outerLayout.addWidget(self.scroll)

        self.bottomBar = QHBoxLayout()
        self.bottomBar.setObjectName(u"bottomBar")
        self.saveSheet = QPushButton(HuddlePage)
        self.saveSheet.setObjectName(u"saveSheet")

        self.bottomBar.addWidget(self.saveSheet)

        self.printSheet = QPushButton(HuddlePage)
        self.printSheet.setObjectName(u"printSheet")

        self.bottomBar.addWidget(self.printSheet)

        self.savePdf = QPushButton(HuddlePage)
        self.savePdf.setObjectName(u"savePdf")

        self.bottomBar.addWidget(self.savePdf)

        self.deleteSheet = QPushButton(HuddlePage)
        self.deleteSheet.setObjectName(u"deleteSheet")

        self.bottomBar.addWidget(self.deleteSheet)

        self.message = QLabel(HuddlePage)
        self.message.setObjectName(u"message")

        self.bottomBar.addWidget(self.message)

        self.bottomBarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomBar.addItem(self.bottomBarSpacer)


        self.outerLayout.addLayout(self.bottomBar)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.huddleDate)
        self.slotLabel.setBuddy(self.slot)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.huddleDate, self.previousDay)
        QWidget.setTabOrder(self.previousDay, self.nextDay)
        QWidget.setTabOrder(self.nextDay, self.todayButton)
        QWidget.setTabOrder(self.todayButton, self.slot)
        QWidget.setTabOrder(self.slot, self.saveSheet)
        QWidget.setTabOrder(self.saveSheet, self.printSheet)
        QWidget.setTabOrder(self.printSheet, self.savePdf)
        QWidget.setTabOrder(self.savePdf, self.deleteSheet)

        self.retranslateUi(HuddlePage)

        QMetaObject.connectSlotsByName(HuddlePage)
    # setupUi

    def retranslateUi(self, HuddlePage):
        HuddlePage.setWindowTitle(QCoreApplication.translate("HuddlePage", u"Today's huddle", None))
        self.title.setText(QCoreApplication.translate("HuddlePage", u"Today's huddle", None))
        self.savedIndicator.setText("")
        self.dateLabel.setText(QCoreApplication.translate("HuddlePage", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.huddleDate.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Huddle date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previousDay.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Previous day", None))
#endif // QT_CONFIG(accessibility)
        self.previousDay.setText(QCoreApplication.translate("HuddlePage", u"\u25c0", None))
#if QT_CONFIG(accessibility)
        self.nextDay.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Next day", None))
#endif // QT_CONFIG(accessibility)
        self.nextDay.setText(QCoreApplication.translate("HuddlePage", u"\u25b6", None))
#if QT_CONFIG(accessibility)
        self.todayButton.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Go to today", None))
#endif // QT_CONFIG(accessibility)
        self.todayButton.setText(QCoreApplication.translate("HuddlePage", u"Today", None))
        self.slotLabel.setText(QCoreApplication.translate("HuddlePage", u"S&lot", None))
#if QT_CONFIG(accessibility)
        self.slot.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Huddle slot", None))
#endif // QT_CONFIG(accessibility)
        self.remindersBanner.setText("")
#if QT_CONFIG(accessibility)
        self.saveSheet.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Save the huddle sheet", None))
#endif // QT_CONFIG(accessibility)
        self.saveSheet.setText(QCoreApplication.translate("HuddlePage", u"Save (Ctrl+S)", None))
#if QT_CONFIG(accessibility)
        self.printSheet.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Print the huddle sheet", None))
#endif // QT_CONFIG(accessibility)
        self.printSheet.setText(QCoreApplication.translate("HuddlePage", u"Print\u2026", None))
#if QT_CONFIG(accessibility)
        self.savePdf.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Save the huddle sheet as PDF", None))
#endif // QT_CONFIG(accessibility)
        self.savePdf.setText(QCoreApplication.translate("HuddlePage", u"Save as PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.deleteSheet.setAccessibleName(QCoreApplication.translate("HuddlePage", u"Delete this huddle sheet", None))
#endif // QT_CONFIG(accessibility)
        self.deleteSheet.setText(QCoreApplication.translate("HuddlePage", u"Delete sheet\u2026", None))
        self.message.setText("")
    # retranslateUi

