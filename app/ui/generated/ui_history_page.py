# Generated from forms/history_page.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout, QWidget)

class Ui_HistoryPage(object):
    def setupUi(self, HistoryPage):
        if not HistoryPage.objectName():
            HistoryPage.setObjectName(u"HistoryPage")
        HistoryPage.resize(1000, 640)
        self.outerLayout = QVBoxLayout(HistoryPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.title = QLabel(HistoryPage)
        self.title.setObjectName(u"title")

        self.outerLayout.addWidget(self.title)

        self.weekBar = QHBoxLayout()
        self.weekBar.setObjectName(u"weekBar")
        self.previousWeek = QPushButton(HistoryPage)
        self.previousWeek.setObjectName(u"previousWeek")

        self.weekBar.addWidget(self.previousWeek)

        self.weekLabel = QLabel(HistoryPage)
        self.weekLabel.setObjectName(u"weekLabel")
        self.weekLabel.setWordWrap(True)

        self.weekBar.addWidget(self.weekLabel)

        self.nextWeek = QPushButton(HistoryPage)
        self.nextWeek.setObjectName(u"nextWeek")

        self.weekBar.addWidget(self.nextWeek)

        self.thisWeek = QPushButton(HistoryPage)
        self.thisWeek.setObjectName(u"thisWeek")

        self.weekBar.addWidget(self.thisWeek)

        self.weekSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.weekBar.addItem(self.weekSpacer)

        self.weeklyPack = QPushButton(HistoryPage)
        self.weeklyPack.setObjectName(u"weeklyPack")

        self.weekBar.addWidget(self.weeklyPack)


        self.outerLayout.addLayout(self.weekBar)

        self.week = QTableWidget(HistoryPage)
        self.week.setObjectName(u"week")
        self.week.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.week.setSelectionMode(QAbstractItemView.SingleSelection)
        self.week.setTabKeyNavigation(False)
        self.week.setWordWrap(True)

        self.outerLayout.addWidget(self.week)

        self.summary = QLabel(HistoryPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.outerLayout.addWidget(self.summary)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.openSheet = QPushButton(HistoryPage)
        self.openSheet.setObjectName(u"openSheet")

        self.buttons.addWidget(self.openSheet)

        self.deleteSheet = QPushButton(HistoryPage)
        self.deleteSheet.setObjectName(u"deleteSheet")

        self.buttons.addWidget(self.deleteSheet)

        self.message = QLabel(HistoryPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.buttons.addWidget(self.message)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)


        self.outerLayout.addLayout(self.buttons)

        QWidget.setTabOrder(self.previousWeek, self.nextWeek)
        QWidget.setTabOrder(self.nextWeek, self.thisWeek)
        QWidget.setTabOrder(self.thisWeek, self.weeklyPack)
        QWidget.setTabOrder(self.weeklyPack, self.week)
        QWidget.setTabOrder(self.week, self.openSheet)
        QWidget.setTabOrder(self.openSheet, self.deleteSheet)

        self.retranslateUi(HistoryPage)

        QMetaObject.connectSlotsByName(HistoryPage)
    # setupUi

    def retranslateUi(self, HistoryPage):
        self.title.setText(QCoreApplication.translate("HistoryPage", u"History", None))
        self.previousWeek.setText(QCoreApplication.translate("HistoryPage", u"\u25c0 &Previous", None))
#if QT_CONFIG(accessibility)
        self.previousWeek.setAccessibleName(QCoreApplication.translate("HistoryPage", u"Previous week", None))
#endif // QT_CONFIG(accessibility)
        self.weekLabel.setText("")
        self.nextWeek.setText(QCoreApplication.translate("HistoryPage", u"Ne&xt \u25b6", None))
#if QT_CONFIG(accessibility)
        self.nextWeek.setAccessibleName(QCoreApplication.translate("HistoryPage", u"Next week", None))
#endif // QT_CONFIG(accessibility)
        self.thisWeek.setText(QCoreApplication.translate("HistoryPage", u"&This week", None))
#if QT_CONFIG(accessibility)
        self.thisWeek.setAccessibleName(QCoreApplication.translate("HistoryPage", u"Go to this week", None))
#endif // QT_CONFIG(accessibility)
        self.weeklyPack.setText(QCoreApplication.translate("HistoryPage", u"&Weekly pack\u2026", None))
#if QT_CONFIG(accessibility)
        self.weeklyPack.setAccessibleName(QCoreApplication.translate("HistoryPage", u"Save this week's pack as PDF", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.week.setAccessibleName(QCoreApplication.translate("HistoryPage", u"Huddle sheets this week", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.week.setAccessibleDescription(QCoreApplication.translate("HistoryPage", u"One row per day, one column per huddle slot. Press Enter to open a sheet.", None))
#endif // QT_CONFIG(accessibility)
        self.summary.setText("")
        self.openSheet.setText(QCoreApplication.translate("HistoryPage", u"&Open sheet", None))
#if QT_CONFIG(accessibility)
        self.openSheet.setAccessibleName(QCoreApplication.translate("HistoryPage", u"Open the selected huddle sheet", None))
#endif // QT_CONFIG(accessibility)
        self.deleteSheet.setText(QCoreApplication.translate("HistoryPage", u"&Delete sheet\u2026", None))
#if QT_CONFIG(accessibility)
        self.deleteSheet.setAccessibleName(QCoreApplication.translate("HistoryPage", u"Delete the selected huddle sheet", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
        pass
    # retranslateUi

