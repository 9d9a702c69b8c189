# Generated from forms/huddle_actions.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout, QWidget)

from app.ui.widgets.staff_picker import StaffField
from app.ui.widgets.uk_date import UkDateEdit

class Ui_HuddleActions(object):
    def setupUi(self, actionsGroup):
        if not actionsGroup.objectName():
            actionsGroup.setObjectName(u"actionsGroup")
        self.actionsLayout = QVBoxLayout(actionsGroup)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actions = QTableWidget(actionsGroup)
        self.actions.setObjectName(u"actions")
        self.actions.setTabKeyNavigation(False)
        self.actions.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.actions.setSelectionMode(QAbstractItemView.SingleSelection)

        self.actionsLayout.addWidget(self.actions)

        self.actionStatusRow = QHBoxLayout()
        self.actionStatusRow.setObjectName(u"actionStatusRow")
        self.actionStatusLabel = QLabel(actionsGroup)
        self.actionStatusLabel.setObjectName(u"actionStatusLabel")

        self.actionStatusRow.addWidget(self.actionStatusLabel)

        self.actionStatus = QComboBox(actionsGroup)
        self.actionStatus.setObjectName(u"actionStatus")
        self.actionStatus.setEditable(False)

        self.actionStatusRow.addWidget(self.actionStatus)

        self.applyActionStatus = QPushButton(actionsGroup)
        self.applyActionStatus.setObjectName(u"applyActionStatus")

        self.actionStatusRow.addWidget(self.applyActionStatus)

        self.actionStatusRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionStatusRow.addItem(self.actionStatusRowSpacer)


        self.actionsLayout.addLayout(self.actionStatusRow)

        self.newActionTextRow = QHBoxLayout()
        self.newActionTextRow.setObjectName(u"newActionTextRow")
        self.newActionLabel = QLabel(actionsGroup)
        self.newActionLabel.setObjectName(u"newActionLabel")

        self.newActionTextRow.addWidget(self.newActionLabel)

        self.newActionText = QLineEdit(actionsGroup)
        self.newActionText.setObjectName(u"newActionText")

        self.newActionTextRow.addWidget(self.newActionText)


        self.actionsLayout.addLayout(self.newActionTextRow)

        self.newActionRow = QHBoxLayout()
        self.newActionRow.setObjectName(u"newActionRow")
        self.newActionOwnerLabel = QLabel(actionsGroup)
        self.newActionOwnerLabel.setObjectName(u"newActionOwnerLabel")

        self.newActionRow.addWidget(self.newActionOwnerLabel)

        self.newActionOwner = StaffField(actionsGroup)
        self.newActionOwner.setObjectName(u"newActionOwner")

        self.newActionRow.addWidget(self.newActionOwner)

        self.newActionDueLabel = QLabel(actionsGroup)
        self.newActionDueLabel.setObjectName(u"newActionDueLabel")

        self.newActionRow.addWidget(self.newActionDueLabel)

        self.newActionDue = UkDateEdit(actionsGroup)
        self.newActionDue.setObjectName(u"newActionDue")

        self.newActionRow.addWidget(self.newActionDue)

        self.addAction = QPushButton(actionsGroup)
        self.addAction.setObjectName(u"addAction")

        self.newActionRow.addWidget(self.addAction)

        self.newActionRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.newActionRow.addItem(self.newActionRowSpacer)


        self.actionsLayout.addLayout(self.newActionRow)

#if QT_CONFIG(shortcut)
        self.actionStatusLabel.setBuddy(self.actionStatus)
        self.newActionLabel.setBuddy(self.newActionText)
        self.newActionOwnerLabel.setBuddy(self.newActionOwner)
        self.newActionDueLabel.setBuddy(self.newActionDue)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.actions, self.actionStatus)
        QWidget.setTabOrder(self.actionStatus, self.applyActionStatus)
        QWidget.setTabOrder(self.applyActionStatus, self.newActionText)
        QWidget.setTabOrder(self.newActionText, self.newActionOwner)
        QWidget.setTabOrder(self.newActionOwner, self.newActionDue)
        QWidget.setTabOrder(self.newActionDue, self.addAction)

        self.retranslateUi(actionsGroup)

        QMetaObject.connectSlotsByName(actionsGroup)
    # setupUi

    def retranslateUi(self, actionsGroup):
        actionsGroup.setTitle(QCoreApplication.translate("HuddleActions", u"Actions (open actions carry forward until closed)", None))
#if QT_CONFIG(accessibility)
        self.actions.setAccessibleName(QCoreApplication.translate("HuddleActions", u"Open actions", None))
#endif // QT_CONFIG(accessibility)
        self.actionStatusLabel.setText(QCoreApplication.translate("HuddleActions", u"Set selected to", None))
#if QT_CONFIG(accessibility)
        self.actionStatus.setAccessibleName(QCoreApplication.translate("HuddleActions", u"Status for the selected action", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.applyActionStatus.setAccessibleName(QCoreApplication.translate("HuddleActions", u"Set the status of the selected action", None))
#endif // QT_CONFIG(accessibility)
        self.applyActionStatus.setText(QCoreApplication.translate("HuddleActions", u"Set status", None))
        self.newActionLabel.setText(QCoreApplication.translate("HuddleActions", u"New &action", None))
#if QT_CONFIG(accessibility)
        self.newActionText.setAccessibleName(QCoreApplication.translate("HuddleActions", u"New action", None))
#endif // QT_CONFIG(accessibility)
        self.newActionText.setPlaceholderText(QCoreApplication.translate("HuddleActions", u"what needs doing", None))
        self.newActionOwnerLabel.setText(QCoreApplication.translate("HuddleActions", u"&Owner", None))
#if QT_CONFIG(accessibility)
        self.newActionOwner.setAccessibleName(QCoreApplication.translate("HuddleActions", u"New action owner", None))
#endif // QT_CONFIG(accessibility)
        self.newActionDueLabel.setText(QCoreApplication.translate("HuddleActions", u"D&ue", None))
#if QT_CONFIG(accessibility)
        self.newActionDue.setAccessibleName(QCoreApplication.translate("HuddleActions", u"New action due date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addAction.setAccessibleName(QCoreApplication.translate("HuddleActions", u"Add action", None))
#endif // QT_CONFIG(accessibility)
        self.addAction.setText(QCoreApplication.translate("HuddleActions", u"Add action (Ctrl+N)", None))
    # retranslateUi

