# Generated from forms/huddle_look_ahead.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTableWidget, QVBoxLayout, QWidget)

class Ui_HuddleLookAhead(object):
    def setupUi(self, lookAheadGroup):
        if not lookAheadGroup.objectName():
            lookAheadGroup.setObjectName(u"lookAheadGroup")
        self.lookAheadLayout = QVBoxLayout(lookAheadGroup)
        self.lookAheadLayout.setObjectName(u"lookAheadLayout")
        self.atRiskNote = QLabel(lookAheadGroup)
        self.atRiskNote.setObjectName(u"atRiskNote")

        self.lookAheadLayout.addWidget(self.atRiskNote)

        self.atRisk = QTableWidget(lookAheadGroup)
        self.atRisk.setObjectName(u"atRisk")
        self.atRisk.setTabKeyNavigation(False)
        self.atRisk.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.atRisk.setSelectionMode(QAbstractItemView.SingleSelection)

        self.lookAheadLayout.addWidget(self.atRisk)

        self.atRiskButtons = QHBoxLayout()
        self.atRiskButtons.setObjectName(u"atRiskButtons")
        self.addAtRisk = QPushButton(lookAheadGroup)
        self.addAtRisk.setObjectName(u"addAtRisk")

        self.atRiskButtons.addWidget(self.addAtRisk)

        self.removeAtRisk = QPushButton(lookAheadGroup)
        self.removeAtRisk.setObjectName(u"removeAtRisk")

        self.atRiskButtons.addWidget(self.removeAtRisk)

        self.atRiskButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.atRiskButtons.addItem(self.atRiskButtonsSpacer)


        self.lookAheadLayout.addLayout(self.atRiskButtons)

        self.lookAheadForm = QFormLayout()
        self.lookAheadForm.setObjectName(u"lookAheadForm")
        self.lookAheadForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.threatsLabel = QLabel(lookAheadGroup)
        self.threatsLabel.setObjectName(u"threatsLabel")

        self.lookAheadForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.threatsLabel)

        self.threatsBox = QWidget(lookAheadGroup)
        self.threatsBox.setObjectName(u"threatsBox")

        self.lookAheadForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.threatsBox)

        self.threatsDetailLabel = QLabel(lookAheadGroup)
        self.threatsDetailLabel.setObjectName(u"threatsDetailLabel")

        self.lookAheadForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.threatsDetailLabel)

        self.threatsDetail = QLineEdit(lookAheadGroup)
        self.threatsDetail.setObjectName(u"threatsDetail")

        self.lookAheadForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.threatsDetail)

        self.isolationLabel = QLabel(lookAheadGroup)
        self.isolationLabel.setObjectName(u"isolationLabel")

        self.lookAheadForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.isolationLabel)

        self.isolationRow = QHBoxLayout()
        self.isolationRow.setObjectName(u"isolationRow")
        self.isolationCount = QSpinBox(lookAheadGroup)
        self.isolationCount.setObjectName(u"isolationCount")
        self.isolationCount.setMinimum(-1)
        self.isolationCount.setMaximum(999)
        self.isolationCount.setValue(-1)

        self.isolationRow.addWidget(self.isolationCount)

        self.bayClosed = QCheckBox(lookAheadGroup)
        self.bayClosed.setObjectName(u"bayClosed")

        self.isolationRow.addWidget(self.bayClosed)

        self.isolationRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.isolationRow.addItem(self.isolationRowSpacer)


        self.lookAheadForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.isolationRow)

        self.remindersLabel = QLabel(lookAheadGroup)
        self.remindersLabel.setObjectName(u"remindersLabel")

        self.lookAheadForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.remindersLabel)

        self.reminders = QPlainTextEdit(lookAheadGroup)
        self.reminders.setObjectName(u"reminders")
        self.reminders.setTabChangesFocus(True)

        self.lookAheadForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reminders)

        self.dataReviewed = QCheckBox(lookAheadGroup)
        self.dataReviewed.setObjectName(u"dataReviewed")

        self.lookAheadForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.dataReviewed)


        self.lookAheadLayout.addLayout(self.lookAheadForm)

#if QT_CONFIG(shortcut)
        self.threatsDetailLabel.setBuddy(self.threatsDetail)
        self.isolationLabel.setBuddy(self.isolationCount)
        self.remindersLabel.setBuddy(self.reminders)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.atRisk, self.addAtRisk)
        QWidget.setTabOrder(self.addAtRisk, self.removeAtRisk)
        QWidget.setTabOrder(self.removeAtRisk, self.threatsDetail)
        QWidget.setTabOrder(self.threatsDetail, self.isolationCount)
        QWidget.setTabOrder(self.isolationCount, self.bayClosed)
        QWidget.setTabOrder(self.bayClosed, self.reminders)
        QWidget.setTabOrder(self.reminders, self.dataReviewed)

        self.retranslateUi(lookAheadGroup)

        QMetaObject.connectSlotsByName(lookAheadGroup)
    # setupUi

    def retranslateUi(self, lookAheadGroup):
        lookAheadGroup.setTitle(QCoreApplication.translate("HuddleLookAhead", u"Look ahead: today", None))
        self.atRiskNote.setText(QCoreApplication.translate("HuddleLookAhead", u"Patients at risk: bed or bay only. Names and hospital numbers do not belong here.", None))
#if QT_CONFIG(accessibility)
        self.atRisk.setAccessibleName(QCoreApplication.translate("HuddleLookAhead", u"Patients at risk, by bed or bay", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addAtRisk.setAccessibleName(QCoreApplication.translate("HuddleLookAhead", u"Add patient at risk by bed or bay", None))
#endif // QT_CONFIG(accessibility)
        self.addAtRisk.setText(QCoreApplication.translate("HuddleLookAhead", u"Add bed or ba&y", None))
#if QT_CONFIG(accessibility)
        self.removeAtRisk.setAccessibleName(QCoreApplication.translate("HuddleLookAhead", u"Remove selected patient at risk", None))
#endif // QT_CONFIG(accessibility)
        self.removeAtRisk.setText(QCoreApplication.translate("HuddleLookAhead", u"Remove bed", None))
        self.threatsLabel.setText(QCoreApplication.translate("HuddleLookAhead", u"Foreseeable threats", None))
        self.threatsDetailLabel.setText(QCoreApplication.translate("HuddleLookAhead", u"&Threat details", None))
#if QT_CONFIG(accessibility)
        self.threatsDetail.setAccessibleName(QCoreApplication.translate("HuddleLookAhead", u"Threat details", None))
#endif // QT_CONFIG(accessibility)
        self.isolationLabel.setText(QCoreApplication.translate("HuddleLookAhead", u"Patients in isolation", None))
#if QT_CONFIG(accessibility)
        self.isolationCount.setAccessibleName(QCoreApplication.translate("HuddleLookAhead", u"Patients in isolation", None))
#endif // QT_CONFIG(accessibility)
        self.isolationCount.setSpecialValueText(QCoreApplication.translate("HuddleLookAhead", u"\u2013", None))
        self.bayClosed.setText(QCoreApplication.translate("HuddleLookAhead", u"Bay closed or outbreak", None))
        self.remindersLabel.setText(QCoreApplication.translate("HuddleLookAhead", u"Reminders", None))
#if QT_CONFIG(accessibility)
        self.reminders.setAccessibleName(QCoreApplication.translate("HuddleLookAhead", u"Reminders: practice changes, alerts, indicators", None))
#endif // QT_CONFIG(accessibility)
        self.dataReviewed.setText(QCoreApplication.translate("HuddleLookAhead", u"Data reviewed at the huddle (safety cross, run or SPC chart)", None))
    # retranslateUi

