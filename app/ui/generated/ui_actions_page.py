# Generated from forms/actions_page.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout, QWidget)

class Ui_ActionsPage(object):
    def setupUi(self, ActionsPage):
        if not ActionsPage.objectName():
            ActionsPage.setObjectName(u"ActionsPage")
        ActionsPage.resize(1000, 640)
        self.outerLayout = QVBoxLayout(ActionsPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.title = QLabel(ActionsPage)
        self.title.setObjectName(u"title")

        self.outerLayout.addWidget(self.title)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.statusLabel = QLabel(ActionsPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filters.addWidget(self.statusLabel)

        self.statusFilter = QComboBox(ActionsPage)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filters.addWidget(self.statusFilter)

        self.ownerLabel = QLabel(ActionsPage)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.filters.addWidget(self.ownerLabel)

        self.ownerFilter = QComboBox(ActionsPage)
        self.ownerFilter.setObjectName(u"ownerFilter")

        self.filters.addWidget(self.ownerFilter)

        self.overdueOnly = QCheckBox(ActionsPage)
        self.overdueOnly.setObjectName(u"overdueOnly")

        self.filters.addWidget(self.overdueOnly)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.filterSpacer)


        self.outerLayout.addLayout(self.filters)

        self.register = QTableWidget(ActionsPage)
        self.register.setObjectName(u"register")
        self.register.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.register.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.register.setSelectionMode(QAbstractItemView.SingleSelection)
        self.register.setTabKeyNavigation(False)

        self.outerLayout.addWidget(self.register)

        self.summary = QLabel(ActionsPage)
        self.summary.setObjectName(u"summary")

        self.outerLayout.addWidget(self.summary)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.setStatusLabel = QLabel(ActionsPage)
        self.setStatusLabel.setObjectName(u"setStatusLabel")

        self.buttons.addWidget(self.setStatusLabel)

        self.newStatus = QComboBox(ActionsPage)
        self.newStatus.setObjectName(u"newStatus")

        self.buttons.addWidget(self.newStatus)

        self.applyStatus = QPushButton(ActionsPage)
        self.applyStatus.setObjectName(u"applyStatus")

        self.buttons.addWidget(self.applyStatus)

        self.editAction = QPushButton(ActionsPage)
        self.editAction.setObjectName(u"editAction")

        self.buttons.addWidget(self.editAction)

        self.deleteAction = QPushButton(ActionsPage)
        self.deleteAction.setObjectName(u"deleteAction")

        self.buttons.addWidget(self.deleteAction)

        self.message = QLabel(ActionsPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.buttons.addWidget(self.message)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)


        self.outerLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusFilter)
        self.ownerLabel.setBuddy(self.ownerFilter)
        self.setStatusLabel.setBuddy(self.newStatus)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.statusFilter, self.ownerFilter)
        QWidget.setTabOrder(self.ownerFilter, self.overdueOnly)
        QWidget.setTabOrder(self.overdueOnly, self.register)
        QWidget.setTabOrder(self.register, self.newStatus)
        QWidget.setTabOrder(self.newStatus, self.applyStatus)
        QWidget.setTabOrder(self.applyStatus, self.editAction)
        QWidget.setTabOrder(self.editAction, self.deleteAction)

        self.retranslateUi(ActionsPage)

        QMetaObject.connectSlotsByName(ActionsPage)
    # setupUi

    def retranslateUi(self, ActionsPage):
        self.title.setText(QCoreApplication.translate("ActionsPage", u"Action register", None))
        self.statusLabel.setText(QCoreApplication.translate("ActionsPage", u"&Show", None))
#if QT_CONFIG(accessibility)
        self.statusFilter.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Show actions with status", None))
#endif // QT_CONFIG(accessibility)
        self.ownerLabel.setText(QCoreApplication.translate("ActionsPage", u"&Owner", None))
#if QT_CONFIG(accessibility)
        self.ownerFilter.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Show actions owned by", None))
#endif // QT_CONFIG(accessibility)
        self.overdueOnly.setText(QCoreApplication.translate("ActionsPage", u"O&verdue only", None))
#if QT_CONFIG(accessibility)
        self.register.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Actions", None))
#endif // QT_CONFIG(accessibility)
        self.summary.setText("")
        self.setStatusLabel.setText(QCoreApplication.translate("ActionsPage", u"Set selected to", None))
#if QT_CONFIG(accessibility)
        self.newStatus.setAccessibleName(QCoreApplication.translate("ActionsPage", u"New status for the selected action", None))
#endif // QT_CONFIG(accessibility)
        self.applyStatus.setText(QCoreApplication.translate("ActionsPage", u"Set s&tatus", None))
#if QT_CONFIG(accessibility)
        self.applyStatus.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Set the status of the selected action", None))
#endif // QT_CONFIG(accessibility)
        self.editAction.setText(QCoreApplication.translate("ActionsPage", u"&Edit\u2026", None))
#if QT_CONFIG(accessibility)
        self.editAction.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Edit the owner or due date of the selected action", None))
#endif // QT_CONFIG(accessibility)
        self.deleteAction.setText(QCoreApplication.translate("ActionsPage", u"&Delete\u2026", None))
#if QT_CONFIG(accessibility)
        self.deleteAction.setAccessibleName(QCoreApplication.translate("ActionsPage", u"Delete the selected action", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
        pass
    # retranslateUi

