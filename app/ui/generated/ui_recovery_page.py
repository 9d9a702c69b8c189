# Generated from forms/recovery_page.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_RecoveryPage(object):
    def setupUi(self, RecoveryPage):
        if not RecoveryPage.objectName():
            RecoveryPage.setObjectName(u"RecoveryPage")
        RecoveryPage.resize(1000, 700)
        self.outerLayout = QHBoxLayout(RecoveryPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.leftSpacer)

        self.column = QWidget(RecoveryPage)
        self.column.setObjectName(u"column")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(4)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.column.sizePolicy().hasHeightForWidth())
        self.column.setSizePolicy(sizePolicy)
        self.columnLayout = QVBoxLayout(self.column)
        self.columnLayout.setObjectName(u"columnLayout")
        self.columnLayout.setContentsMargins(0, 0, 0, 0)
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.columnLayout.addItem(self.topSpacer)

        self.title = QLabel(self.column)
        self.title.setObjectName(u"title")
        self.title.setWordWrap(True)

        self.columnLayout.addWidget(self.title)

        self.whatHappened = QLabel(self.column)
        self.whatHappened.setObjectName(u"whatHappened")
        self.whatHappened.setWordWrap(True)

        self.columnLayout.addWidget(self.whatHappened)

        self.whatToDo = QLabel(self.column)
        self.whatToDo.setObjectName(u"whatToDo")
        self.whatToDo.setWordWrap(True)

        self.columnLayout.addWidget(self.whatToDo)

        self.restore = QPushButton(self.column)
        self.restore.setObjectName(u"restore")

        self.columnLayout.addWidget(self.restore)

        self.lookOnly = QPushButton(self.column)
        self.lookOnly.setObjectName(u"lookOnly")

        self.columnLayout.addWidget(self.lookOnly)

        self.message = QLabel(self.column)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.columnLayout.addWidget(self.message)

        self.forIt = QLabel(self.column)
        self.forIt.setObjectName(u"forIt")
        self.forIt.setWordWrap(True)
        self.forIt.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.columnLayout.addWidget(self.forIt)

        self.itButtons = QHBoxLayout()
        self.itButtons.setObjectName(u"itButtons")
        self.copyDetails = QPushButton(self.column)
        self.copyDetails.setObjectName(u"copyDetails")

        self.itButtons.addWidget(self.copyDetails)

        self.itSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itButtons.addItem(self.itSpacer)


        self.columnLayout.addLayout(self.itButtons)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.columnLayout.addItem(self.bottomSpacer)


        self.outerLayout.addWidget(self.column)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.rightSpacer)

        QWidget.setTabOrder(self.restore, self.lookOnly)
        QWidget.setTabOrder(self.lookOnly, self.copyDetails)

        self.retranslateUi(RecoveryPage)

        self.restore.setDefault(True)


        QMetaObject.connectSlotsByName(RecoveryPage)
    # setupUi

    def retranslateUi(self, RecoveryPage):
        self.title.setText(QCoreApplication.translate("RecoveryPage", u"There is a problem with the ward's data file", None))
        self.whatHappened.setText("")
        self.whatToDo.setText("")
        self.restore.setText(QCoreApplication.translate("RecoveryPage", u"Restore the backup", None))
#if QT_CONFIG(accessibility)
        self.restore.setAccessibleName(QCoreApplication.translate("RecoveryPage", u"Restore the newest backup", None))
#endif // QT_CONFIG(accessibility)
        self.lookOnly.setText(QCoreApplication.translate("RecoveryPage", u"Look at the records without changing anything", None))
#if QT_CONFIG(accessibility)
        self.lookOnly.setAccessibleName(QCoreApplication.translate("RecoveryPage", u"Look at the records read-only", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
        self.forIt.setText("")
        self.copyDetails.setText(QCoreApplication.translate("RecoveryPage", u"Copy the details for IT", None))
#if QT_CONFIG(accessibility)
        self.copyDetails.setAccessibleName(QCoreApplication.translate("RecoveryPage", u"Copy the details for IT", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

