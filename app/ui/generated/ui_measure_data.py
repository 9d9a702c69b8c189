# Generated from forms/measure_data.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_MeasuresData(object):
    def setupUi(self, MeasuresData):
        if not MeasuresData.objectName():
            MeasuresData.setObjectName(u"MeasuresData")
        MeasuresData.resize(700, 600)
        self.outerLayout = QVBoxLayout(MeasuresData)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.fromRow = QHBoxLayout()
        self.fromRow.setObjectName(u"fromRow")
        self.fromLabel = QLabel(MeasuresData)
        self.fromLabel.setObjectName(u"fromLabel")

        self.fromRow.addWidget(self.fromLabel)

        self.periodsFrom = QDateEdit(MeasuresData)
        self.periodsFrom.setObjectName(u"periodsFrom")
        self.periodsFrom.setCalendarPopup(True)

        self.fromRow.addWidget(self.periodsFrom)

        self.fromSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fromRow.addItem(self.fromSpacer)


        self.outerLayout.addLayout(self.fromRow)

        self.hint = QLabel(MeasuresData)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.outerLayout.addWidget(self.hint)

        self.grid = QTableView(MeasuresData)
        self.grid.setObjectName(u"grid")
        self.grid.setMinimumSize(QSize(0, 160))
        self.grid.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.grid.setSelectionMode(QAbstractItemView.SingleSelection)
        self.grid.setTabKeyNavigation(True)
        self.grid.setEditTriggers(QAbstractItemView.AnyKeyPressed|QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed)

        self.outerLayout.addWidget(self.grid)

        self.buttons = QGridLayout()
        self.buttons.setObjectName(u"buttons")
        self.excludePoint = QPushButton(MeasuresData)
        self.excludePoint.setObjectName(u"excludePoint")

        self.buttons.addWidget(self.excludePoint, 0, 0, 1, 1)

        self.includePoint = QPushButton(MeasuresData)
        self.includePoint.setObjectName(u"includePoint")

        self.buttons.addWidget(self.includePoint, 0, 1, 1, 1)

        self.deletePoint = QPushButton(MeasuresData)
        self.deletePoint.setObjectName(u"deletePoint")

        self.buttons.addWidget(self.deletePoint, 1, 0, 1, 1)

        self.addEvent = QPushButton(MeasuresData)
        self.addEvent.setObjectName(u"addEvent")

        self.buttons.addWidget(self.addEvent, 1, 1, 1, 1)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpacer, 0, 2, 1, 1)


        self.outerLayout.addLayout(self.buttons)

        self.dataMessage = QLabel(MeasuresData)
        self.dataMessage.setObjectName(u"dataMessage")
        self.dataMessage.setWordWrap(True)

        self.outerLayout.addWidget(self.dataMessage)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.periodsFrom)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.periodsFrom, self.grid)
        QWidget.setTabOrder(self.grid, self.excludePoint)
        QWidget.setTabOrder(self.excludePoint, self.includePoint)
        QWidget.setTabOrder(self.includePoint, self.deletePoint)
        QWidget.setTabOrder(self.deletePoint, self.addEvent)

        self.retranslateUi(MeasuresData)

        QMetaObject.connectSlotsByName(MeasuresData)
    # setupUi

    def retranslateUi(self, MeasuresData):
        self.fromLabel.setText(QCoreApplication.translate("MeasuresData", u"Periods f&rom", None))
#if QT_CONFIG(accessibility)
        self.periodsFrom.setAccessibleName(QCoreApplication.translate("MeasuresData", u"Show periods from this date", None))
#endif // QT_CONFIG(accessibility)
        self.periodsFrom.setDisplayFormat(QCoreApplication.translate("MeasuresData", u"dd/MM/yyyy", None))
        self.hint.setText(QCoreApplication.translate("MeasuresData", u"Enter saves and moves down. Ctrl+V pastes from Excel: a blank cell is a missing period.", None))
#if QT_CONFIG(accessibility)
        self.grid.setAccessibleName(QCoreApplication.translate("MeasuresData", u"Data grid: one row per period", None))
#endif // QT_CONFIG(accessibility)
        self.excludePoint.setText(QCoreApplication.translate("MeasuresData", u"E&xclude\u2026", None))
#if QT_CONFIG(accessibility)
        self.excludePoint.setAccessibleName(QCoreApplication.translate("MeasuresData", u"Exclude the selected value from the calculations, with a reason", None))
#endif // QT_CONFIG(accessibility)
        self.includePoint.setText(QCoreApplication.translate("MeasuresData", u"Include a&gain", None))
#if QT_CONFIG(accessibility)
        self.includePoint.setAccessibleName(QCoreApplication.translate("MeasuresData", u"Include the selected value in the calculations again", None))
#endif // QT_CONFIG(accessibility)
        self.deletePoint.setText(QCoreApplication.translate("MeasuresData", u"Delete &value\u2026", None))
#if QT_CONFIG(accessibility)
        self.deletePoint.setAccessibleName(QCoreApplication.translate("MeasuresData", u"Delete the selected period's data", None))
#endif // QT_CONFIG(accessibility)
        self.addEvent.setText(QCoreApplication.translate("MeasuresData", u"Add even&t\u2026", None))
#if QT_CONFIG(accessibility)
        self.addEvent.setAccessibleName(QCoreApplication.translate("MeasuresData", u"Add an event date", None))
#endif // QT_CONFIG(accessibility)
        self.dataMessage.setText("")
        pass
    # retranslateUi

