# Generated from forms/huddle_look_back.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout, QWidget)

class Ui_HuddleLookBack(object):
    def setupUi(self, lookBackGroup):
        if not lookBackGroup.objectName():
            lookBackGroup.setObjectName(u"lookBackGroup")
        self.lookBackLayout = QVBoxLayout(lookBackGroup)
        self.lookBackLayout.setObjectName(u"lookBackLayout")
        self.lookBackAnyRow = QHBoxLayout()
        self.lookBackAnyRow.setObjectName(u"lookBackAnyRow")
        self.lookBackAnyLabel = QLabel(lookBackGroup)
        self.lookBackAnyLabel.setObjectName(u"lookBackAnyLabel")

        self.lookBackAnyRow.addWidget(self.lookBackAnyLabel)

        self.lookBackAny = QComboBox(lookBackGroup)
        self.lookBackAny.setObjectName(u"lookBackAny")
        self.lookBackAny.setEditable(False)

        self.lookBackAnyRow.addWidget(self.lookBackAny)

        self.nothingNew = QPushButton(lookBackGroup)
        self.nothingNew.setObjectName(u"nothingNew")

        self.lookBackAnyRow.addWidget(self.nothingNew)

        self.lookBackAnyRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lookBackAnyRow.addItem(self.lookBackAnyRowSpacer)


        self.lookBackLayout.addLayout(self.lookBackAnyRow)

        self.events = QTableWidget(lookBackGroup)
        self.events.setObjectName(u"events")
        self.events.setTabKeyNavigation(False)
        self.events.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.events.setSelectionMode(QAbstractItemView.SingleSelection)

        self.lookBackLayout.addWidget(self.events)

        self.eventButtons = QHBoxLayout()
        self.eventButtons.setObjectName(u"eventButtons")
        self.addEvent = QPushButton(lookBackGroup)
        self.addEvent.setObjectName(u"addEvent")

        self.eventButtons.addWidget(self.addEvent)

        self.removeEvent = QPushButton(lookBackGroup)
        self.removeEvent.setObjectName(u"removeEvent")

        self.eventButtons.addWidget(self.removeEvent)

        self.startReflection = QPushButton(lookBackGroup)
        self.startReflection.setObjectName(u"startReflection")

        self.eventButtons.addWidget(self.startReflection)

        self.eventButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.eventButtons.addItem(self.eventButtonsSpacer)


        self.lookBackLayout.addLayout(self.eventButtons)

#if QT_CONFIG(shortcut)
        self.lookBackAnyLabel.setBuddy(self.lookBackAny)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.lookBackAny, self.nothingNew)
        QWidget.setTabOrder(self.nothingNew, self.events)
        QWidget.setTabOrder(self.events, self.addEvent)
        QWidget.setTabOrder(self.addEvent, self.removeEvent)
        QWidget.setTabOrder(self.removeEvent, self.startReflection)

        self.retranslateUi(lookBackGroup)

        QMetaObject.connectSlotsByName(lookBackGroup)
    # setupUi

    def retranslateUi(self, lookBackGroup):
        lookBackGroup.setTitle(QCoreApplication.translate("HuddleLookBack", u"Look back: since the last huddle", None))
        self.lookBackAnyLabel.setText(QCoreApplication.translate("HuddleLookBack", u"Ha&rm, incident or near miss since the last huddle?", None))
#if QT_CONFIG(accessibility)
        self.lookBackAny.setAccessibleName(QCoreApplication.translate("HuddleLookBack", u"Harm, incident or near miss since the last huddle", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nothingNew.setAccessibleName(QCoreApplication.translate("HuddleLookBack", u"Nothing new since last huddle", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.nothingNew.setToolTip(QCoreApplication.translate("HuddleLookBack", u"No harm, incident or near miss; carried-forward beds and staffing stay; the safety cross marked \"none\" where it is not set", None))
#endif // QT_CONFIG(tooltip)
        self.nothingNew.setText(QCoreApplication.translate("HuddleLookBack", u"Nothin&g new since last huddle", None))
#if QT_CONFIG(accessibility)
        self.events.setAccessibleName(QCoreApplication.translate("HuddleLookBack", u"Look-back events", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addEvent.setAccessibleName(QCoreApplication.translate("HuddleLookBack", u"Add look-back event", None))
#endif // QT_CONFIG(accessibility)
        self.addEvent.setText(QCoreApplication.translate("HuddleLookBack", u"Add e&vent", None))
#if QT_CONFIG(accessibility)
        self.removeEvent.setAccessibleName(QCoreApplication.translate("HuddleLookBack", u"Remove selected look-back event", None))
#endif // QT_CONFIG(accessibility)
        self.removeEvent.setText(QCoreApplication.translate("HuddleLookBack", u"Remove event", None))
#if QT_CONFIG(accessibility)
        self.startReflection.setAccessibleName(QCoreApplication.translate("HuddleLookBack", u"Start a reflection huddle for the selected event", None))
#endif // QT_CONFIG(accessibility)
        self.startReflection.setText(QCoreApplication.translate("HuddleLookBack", u"Start reflection huddle\u2026", None))
    # retranslateUi

