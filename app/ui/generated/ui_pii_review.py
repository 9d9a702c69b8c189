# Generated from forms/pii_review.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableWidget, QTextBrowser, QVBoxLayout, QWidget)

class Ui_PiiReview(object):
    def setupUi(self, PiiReview):
        if not PiiReview.objectName():
            PiiReview.setObjectName(u"PiiReview")
        PiiReview.resize(960, 620)
        self.outerLayout = QVBoxLayout(PiiReview)
        self.outerLayout.setObjectName(u"outerLayout")
        self.summary = QLabel(PiiReview)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.outerLayout.addWidget(self.summary)

        self.help = QLabel(PiiReview)
        self.help.setObjectName(u"help")
        self.help.setWordWrap(True)

        self.outerLayout.addWidget(self.help)

        self.splitter = QSplitter(PiiReview)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.findings = QTableWidget(self.splitter)
        self.findings.setObjectName(u"findings")
        self.findings.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.findings.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.findings.setTabKeyNavigation(False)
        self.findings.setWordWrap(True)
        self.splitter.addWidget(self.findings)
        self.recordPanel = QWidget(self.splitter)
        self.recordPanel.setObjectName(u"recordPanel")
        self.recordLayout = QVBoxLayout(self.recordPanel)
        self.recordLayout.setObjectName(u"recordLayout")
        self.recordLayout.setContentsMargins(0, 0, 0, 0)
        self.recordLabel = QLabel(self.recordPanel)
        self.recordLabel.setObjectName(u"recordLabel")

        self.recordLayout.addWidget(self.recordLabel)

        self.recordText = QTextBrowser(self.recordPanel)
        self.recordText.setObjectName(u"recordText")
        self.recordText.setOpenLinks(False)

        self.recordLayout.addWidget(self.recordText)

        self.splitter.addWidget(self.recordPanel)

        self.outerLayout.addWidget(self.splitter)

        self.message = QLabel(PiiReview)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.outerLayout.addWidget(self.message)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.redactSelected = QPushButton(PiiReview)
        self.redactSelected.setObjectName(u"redactSelected")

        self.buttons.addWidget(self.redactSelected)

        self.acknowledgeSelected = QPushButton(PiiReview)
        self.acknowledgeSelected.setObjectName(u"acknowledgeSelected")

        self.buttons.addWidget(self.acknowledgeSelected)

        self.redactAll = QPushButton(PiiReview)
        self.redactAll.setObjectName(u"redactAll")

        self.buttons.addWidget(self.redactAll)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)


        self.outerLayout.addLayout(self.buttons)

        self.closeButtons = QHBoxLayout()
        self.closeButtons.setObjectName(u"closeButtons")
        self.closeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.closeButtons.addItem(self.closeSpacer)

        self.exportNow = QPushButton(PiiReview)
        self.exportNow.setObjectName(u"exportNow")

        self.closeButtons.addWidget(self.exportNow)

        self.closeButton = QPushButton(PiiReview)
        self.closeButton.setObjectName(u"closeButton")

        self.closeButtons.addWidget(self.closeButton)


        self.outerLayout.addLayout(self.closeButtons)

#if QT_CONFIG(shortcut)
        self.recordLabel.setBuddy(self.recordText)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.findings, self.recordText)
        QWidget.setTabOrder(self.recordText, self.redactSelected)
        QWidget.setTabOrder(self.redactSelected, self.acknowledgeSelected)
        QWidget.setTabOrder(self.acknowledgeSelected, self.redactAll)
        QWidget.setTabOrder(self.redactAll, self.exportNow)
        QWidget.setTabOrder(self.exportNow, self.closeButton)

        self.retranslateUi(PiiReview)

        QMetaObject.connectSlotsByName(PiiReview)
    # setupUi

    def retranslateUi(self, PiiReview):
        PiiReview.setWindowTitle(QCoreApplication.translate("PiiReview", u"Check for patient identifiers", None))
        self.summary.setText("")
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("PiiReview", u"What the check found", None))
#endif // QT_CONFIG(accessibility)
        self.help.setText(QCoreApplication.translate("PiiReview", u"An NHS, CHI or Health and Care number must be removed: there is no way to keep it. Each other finding must be removed, or marked as not an identifier (for example a staff member's phone extension). Select a finding to see its record.", None))
#if QT_CONFIG(accessibility)
        self.findings.setAccessibleName(QCoreApplication.translate("PiiReview", u"Possible patient identifiers", None))
#endif // QT_CONFIG(accessibility)
        self.recordLabel.setText(QCoreApplication.translate("PiiReview", u"&The record", None))
#if QT_CONFIG(accessibility)
        self.recordText.setAccessibleName(QCoreApplication.translate("PiiReview", u"The record holding the selected finding", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
        self.redactSelected.setText(QCoreApplication.translate("PiiReview", u"&Remove from the record", None))
#if QT_CONFIG(accessibility)
        self.redactSelected.setAccessibleName(QCoreApplication.translate("PiiReview", u"Remove the selected findings from their records", None))
#endif // QT_CONFIG(accessibility)
        self.acknowledgeSelected.setText(QCoreApplication.translate("PiiReview", u"&Not an identifier", None))
#if QT_CONFIG(accessibility)
        self.acknowledgeSelected.setAccessibleName(QCoreApplication.translate("PiiReview", u"Mark the selected findings as not a patient identifier", None))
#endif // QT_CONFIG(accessibility)
        self.redactAll.setText(QCoreApplication.translate("PiiReview", u"Remove &all NHS numbers", None))
#if QT_CONFIG(accessibility)
        self.redactAll.setAccessibleName(QCoreApplication.translate("PiiReview", u"Remove every NHS, CHI and Health and Care number found", None))
#endif // QT_CONFIG(accessibility)
        self.exportNow.setText(QCoreApplication.translate("PiiReview", u"&Export now", None))
#if QT_CONFIG(accessibility)
        self.exportNow.setAccessibleName(QCoreApplication.translate("PiiReview", u"Write the export file now", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("PiiReview", u"&Close", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("PiiReview", u"Close without exporting", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

