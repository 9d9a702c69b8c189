# Generated from forms/backups_panel.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout, QWidget)

class Ui_BackupsPanel(object):
    def setupUi(self, BackupsPanel):
        if not BackupsPanel.objectName():
            BackupsPanel.setObjectName(u"BackupsPanel")
        BackupsPanel.resize(900, 600)
        self.backupsLayout = QVBoxLayout(BackupsPanel)
        self.backupsLayout.setObjectName(u"backupsLayout")
        self.intro = QLabel(BackupsPanel)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.backupsLayout.addWidget(self.intro)

        self.folders = QLabel(BackupsPanel)
        self.folders.setObjectName(u"folders")
        self.folders.setWordWrap(True)
        self.folders.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.backupsLayout.addWidget(self.folders)

        self.listLabel = QLabel(BackupsPanel)
        self.listLabel.setObjectName(u"listLabel")

        self.backupsLayout.addWidget(self.listLabel)

        self.backupsTable = QTableWidget(BackupsPanel)
        self.backupsTable.setObjectName(u"backupsTable")
        self.backupsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.backupsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.backupsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.backupsTable.setTabKeyNavigation(False)
        self.backupsTable.setAlternatingRowColors(True)

        self.backupsLayout.addWidget(self.backupsTable)

        self.backupButtons = QHBoxLayout()
        self.backupButtons.setObjectName(u"backupButtons")
        self.backupNow = QPushButton(BackupsPanel)
        self.backupNow.setObjectName(u"backupNow")

        self.backupButtons.addWidget(self.backupNow)

        self.restoreBackup = QPushButton(BackupsPanel)
        self.restoreBackup.setObjectName(u"restoreBackup")

        self.backupButtons.addWidget(self.restoreBackup)

        self.backupButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backupButtons.addItem(self.backupButtonSpacer)


        self.backupsLayout.addLayout(self.backupButtons)

        self.message = QLabel(BackupsPanel)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.backupsLayout.addWidget(self.message)

#if QT_CONFIG(shortcut)
        self.listLabel.setBuddy(self.backupsTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.backupsTable, self.backupNow)
        QWidget.setTabOrder(self.backupNow, self.restoreBackup)

        self.retranslateUi(BackupsPanel)

        QMetaObject.connectSlotsByName(BackupsPanel)
    # setupUi

    def retranslateUi(self, BackupsPanel):
        self.intro.setText(QCoreApplication.translate("BackupsPanel", u"Ward Huddle keeps checked copies of this data file. It makes one every 30 minutes while you are working, one when it closes, and one before anything that changes a lot at once, such as an upgrade, an import or a restore. It keeps a copy from each of the last 12 days, 10 weeks and 9 months.", None))
        self.folders.setText("")
        self.listLabel.setText(QCoreApplication.translate("BackupsPanel", u"Backups on this &computer, newest first", None))
#if QT_CONFIG(accessibility)
        self.backupsTable.setAccessibleName(QCoreApplication.translate("BackupsPanel", u"Backups, newest first", None))
#endif // QT_CONFIG(accessibility)
        self.backupNow.setText(QCoreApplication.translate("BackupsPanel", u"Back up &now", None))
#if QT_CONFIG(accessibility)
        self.backupNow.setAccessibleName(QCoreApplication.translate("BackupsPanel", u"Back up now", None))
#endif // QT_CONFIG(accessibility)
        self.restoreBackup.setText(QCoreApplication.translate("BackupsPanel", u"&Restore the selected backup\u2026", None))
#if QT_CONFIG(accessibility)
        self.restoreBackup.setAccessibleName(QCoreApplication.translate("BackupsPanel", u"Restore the selected backup", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
        pass
    # retranslateUi

