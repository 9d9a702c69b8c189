# Generated from forms/export_page.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QTabWidget, QTableWidget, QVBoxLayout, QWidget)

class Ui_ExportPage(object):
    def setupUi(self, ExportPage):
        if not ExportPage.objectName():
            ExportPage.setObjectName(u"ExportPage")
        ExportPage.resize(1000, 680)
        self.outerLayout = QVBoxLayout(ExportPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.title = QLabel(ExportPage)
        self.title.setObjectName(u"title")

        self.outerLayout.addWidget(self.title)

        self.tabs = QTabWidget(ExportPage)
        self.tabs.setObjectName(u"tabs")
        self.exportTab = QWidget()
        self.exportTab.setObjectName(u"exportTab")
        self.exportTabLayout = QVBoxLayout(self.exportTab)
        self.exportTabLayout.setObjectName(u"exportTabLayout")
        self.exportTabLayout.setContentsMargins(0, 0, 0, 0)
        self.exportScroll = QScrollArea(self.exportTab)
        self.exportScroll.setObjectName(u"exportScroll")
        self.exportScroll.setFrameShape(QFrame.NoFrame)
        self.exportScroll.setWidgetResizable(True)
        self.exportContent = QWidget()
        self.exportContent.setObjectName(u"exportContent")
        self.exportLayout = QVBoxLayout(self.exportContent)
        self.exportLayout.setObjectName(u"exportLayout")
        self.exportStatus = QLabel(self.exportContent)
        self.exportStatus.setObjectName(u"exportStatus")
        self.exportStatus.setWordWrap(True)

        self.exportLayout.addWidget(self.exportStatus)

        self.exportHelp = QLabel(self.exportContent)
        self.exportHelp.setObjectName(u"exportHelp")
        self.exportHelp.setWordWrap(True)

        self.exportLayout.addWidget(self.exportHelp)

        self.exportForm = QFormLayout()
        self.exportForm.setObjectName(u"exportForm")
        self.wardLabel = QLabel(self.exportContent)
        self.wardLabel.setObjectName(u"wardLabel")

        self.exportForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.wardLabel)

        self.exportWard = QComboBox(self.exportContent)
        self.exportWard.setObjectName(u"exportWard")

        self.exportForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.exportWard)

        self.weekLabel = QLabel(self.exportContent)
        self.weekLabel.setObjectName(u"weekLabel")

        self.exportForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.weekLabel)

        self.exportWeek = QComboBox(self.exportContent)
        self.exportWeek.setObjectName(u"exportWeek")

        self.exportForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.exportWeek)

        self.saveToLabel = QLabel(self.exportContent)
        self.saveToLabel.setObjectName(u"saveToLabel")

        self.exportForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.saveToLabel)

        self.targetRow = QHBoxLayout()
        self.targetRow.setObjectName(u"targetRow")
        self.exportTarget = QLineEdit(self.exportContent)
        self.exportTarget.setObjectName(u"exportTarget")
        self.exportTarget.setReadOnly(True)

        self.targetRow.addWidget(self.exportTarget)

        self.chooseTarget = QPushButton(self.exportContent)
        self.chooseTarget.setObjectName(u"chooseTarget")

        self.targetRow.addWidget(self.chooseTarget)


        self.exportForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.targetRow)


        self.exportLayout.addLayout(self.exportForm)

        self.exportButtons = QHBoxLayout()
        self.exportButtons.setObjectName(u"exportButtons")
        self.checkExport = QPushButton(self.exportContent)
        self.checkExport.setObjectName(u"checkExport")

        self.exportButtons.addWidget(self.checkExport)

        self.reviewIdentifiers = QPushButton(self.exportContent)
        self.reviewIdentifiers.setObjectName(u"reviewIdentifiers")

        self.exportButtons.addWidget(self.reviewIdentifiers)

        self.exportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exportButtons.addItem(self.exportSpacer)


        self.exportLayout.addLayout(self.exportButtons)

        self.exportProgress = QProgressBar(self.exportContent)
        self.exportProgress.setObjectName(u"exportProgress")
        self.exportProgress.setValue(0)

        self.exportLayout.addWidget(self.exportProgress)

        self.exportMessage = QLabel(self.exportContent)
        self.exportMessage.setObjectName(u"exportMessage")
        self.exportMessage.setWordWrap(True)
        self.exportMessage.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.exportLayout.addWidget(self.exportMessage)

        self.historyLabel = QLabel(self.exportContent)
        self.historyLabel.setObjectName(u"historyLabel")

        self.exportLayout.addWidget(self.historyLabel)

        self.exportHistory = QTableWidget(self.exportContent)
        self.exportHistory.setObjectName(u"exportHistory")
        self.exportHistory.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.exportHistory.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.exportHistory.setTabKeyNavigation(False)

        self.exportLayout.addWidget(self.exportHistory)

        self.exportScroll.setWidget(self.exportContent)

        self.exportTabLayout.addWidget(self.exportScroll)

        self.tabs.addTab(self.exportTab, "")
        self.importTab = QWidget()
        self.importTab.setObjectName(u"importTab")
        self.importLayout = QVBoxLayout(self.importTab)
        self.importLayout.setObjectName(u"importLayout")
        self.importHelp = QLabel(self.importTab)
        self.importHelp.setObjectName(u"importHelp")
        self.importHelp.setWordWrap(True)

        self.importLayout.addWidget(self.importHelp)

        self.importButtons = QHBoxLayout()
        self.importButtons.setObjectName(u"importButtons")
        self.chooseFiles = QPushButton(self.importTab)
        self.chooseFiles.setObjectName(u"chooseFiles")

        self.importButtons.addWidget(self.chooseFiles)

        self.importSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.importButtons.addItem(self.importSpacer)


        self.importLayout.addLayout(self.importButtons)

        self.importProgress = QProgressBar(self.importTab)
        self.importProgress.setObjectName(u"importProgress")
        self.importProgress.setValue(0)

        self.importLayout.addWidget(self.importProgress)

        self.importMessage = QLabel(self.importTab)
        self.importMessage.setObjectName(u"importMessage")
        self.importMessage.setWordWrap(True)

        self.importLayout.addWidget(self.importMessage)

        self.importResults = QTableWidget(self.importTab)
        self.importResults.setObjectName(u"importResults")
        self.importResults.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.importResults.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.importResults.setTabKeyNavigation(False)

        self.importLayout.addWidget(self.importResults)

        self.tabs.addTab(self.importTab, "")
        self.wardsTab = QWidget()
        self.wardsTab.setObjectName(u"wardsTab")
        self.wardsLayout = QVBoxLayout(self.wardsTab)
        self.wardsLayout.setObjectName(u"wardsLayout")
        self.wardFilterRow = QHBoxLayout()
        self.wardFilterRow.setObjectName(u"wardFilterRow")
        self.wardFilterLabel = QLabel(self.wardsTab)
        self.wardFilterLabel.setObjectName(u"wardFilterLabel")

        self.wardFilterRow.addWidget(self.wardFilterLabel)

        self.wardFilter = QComboBox(self.wardsTab)
        self.wardFilter.setObjectName(u"wardFilter")

        self.wardFilterRow.addWidget(self.wardFilter)

        self.wardFilterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.wardFilterRow.addItem(self.wardFilterSpacer)


        self.wardsLayout.addLayout(self.wardFilterRow)

        self.wardsTable = QTableWidget(self.wardsTab)
        self.wardsTable.setObjectName(u"wardsTable")
        self.wardsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.wardsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.wardsTable.setTabKeyNavigation(False)
        self.wardsTable.setWordWrap(True)

        self.wardsLayout.addWidget(self.wardsTable)

        self.conflictsLabel = QLabel(self.wardsTab)
        self.conflictsLabel.setObjectName(u"conflictsLabel")
        self.conflictsLabel.setWordWrap(True)

        self.wardsLayout.addWidget(self.conflictsLabel)

        self.conflictsTable = QTableWidget(self.wardsTab)
        self.conflictsTable.setObjectName(u"conflictsTable")
        self.conflictsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.conflictsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.conflictsTable.setTabKeyNavigation(False)

        self.wardsLayout.addWidget(self.conflictsTable)

        self.tabs.addTab(self.wardsTab, "")
        self.pendingTab = QWidget()
        self.pendingTab.setObjectName(u"pendingTab")
        self.pendingLayout = QVBoxLayout(self.pendingTab)
        self.pendingLayout.setObjectName(u"pendingLayout")
        self.pendingHelp = QLabel(self.pendingTab)
        self.pendingHelp.setObjectName(u"pendingHelp")
        self.pendingHelp.setWordWrap(True)

        self.pendingLayout.addWidget(self.pendingHelp)

        self.pendingTable = QTableWidget(self.pendingTab)
        self.pendingTable.setObjectName(u"pendingTable")
        self.pendingTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.pendingTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.pendingTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.pendingTable.setTabKeyNavigation(False)

        self.pendingLayout.addWidget(self.pendingTable)

        self.pendingButtons = QHBoxLayout()
        self.pendingButtons.setObjectName(u"pendingButtons")
        self.mapPending = QPushButton(self.pendingTab)
        self.mapPending.setObjectName(u"mapPending")

        self.pendingButtons.addWidget(self.mapPending)

        self.pendingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pendingButtons.addItem(self.pendingSpacer)


        self.pendingLayout.addLayout(self.pendingButtons)

        self.pendingMessage = QLabel(self.pendingTab)
        self.pendingMessage.setObjectName(u"pendingMessage")
        self.pendingMessage.setWordWrap(True)

        self.pendingLayout.addWidget(self.pendingMessage)

        self.quarantineLabel = QLabel(self.pendingTab)
        self.quarantineLabel.setObjectName(u"quarantineLabel")
        self.quarantineLabel.setWordWrap(True)

        self.pendingLayout.addWidget(self.quarantineLabel)

        self.quarantineTable = QTableWidget(self.pendingTab)
        self.quarantineTable.setObjectName(u"quarantineTable")
        self.quarantineTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.quarantineTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.quarantineTable.setTabKeyNavigation(False)

        self.pendingLayout.addWidget(self.quarantineTable)

        self.tabs.addTab(self.pendingTab, "")

        self.outerLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.wardLabel.setBuddy(self.exportWard)
        self.weekLabel.setBuddy(self.exportWeek)
        self.saveToLabel.setBuddy(self.exportTarget)
        self.historyLabel.setBuddy(self.exportHistory)
        self.wardFilterLabel.setBuddy(self.wardFilter)
        self.conflictsLabel.setBuddy(self.conflictsTable)
        self.quarantineLabel.setBuddy(self.quarantineTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.exportWard)
        QWidget.setTabOrder(self.exportWard, self.exportWeek)
        QWidget.setTabOrder(self.exportWeek, self.chooseTarget)
        QWidget.setTabOrder(self.chooseTarget, self.checkExport)
        QWidget.setTabOrder(self.checkExport, self.reviewIdentifiers)
        QWidget.setTabOrder(self.reviewIdentifiers, self.exportHistory)
        QWidget.setTabOrder(self.exportHistory, self.chooseFiles)
        QWidget.setTabOrder(self.chooseFiles, self.importResults)
        QWidget.setTabOrder(self.importResults, self.wardFilter)
        QWidget.setTabOrder(self.wardFilter, self.wardsTable)
        QWidget.setTabOrder(self.wardsTable, self.conflictsTable)
        QWidget.setTabOrder(self.conflictsTable, self.pendingTable)
        QWidget.setTabOrder(self.pendingTable, self.mapPending)
        QWidget.setTabOrder(self.mapPending, self.quarantineTable)

        self.retranslateUi(ExportPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ExportPage)
    # setupUi

    def retranslateUi(self, ExportPage):
        self.title.setText(QCoreApplication.translate("ExportPage", u"Export and import", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("ExportPage", u"Export and import sections", None))
#endif // QT_CONFIG(accessibility)
        self.exportStatus.setText("")
#if QT_CONFIG(accessibility)
        self.exportStatus.setAccessibleName(QCoreApplication.translate("ExportPage", u"When the weekly export is due", None))
#endif // QT_CONFIG(accessibility)
        self.exportHelp.setText(QCoreApplication.translate("ExportPage", u"The export is a full copy of this ward's records for the improvement team. Every text is checked for patient identifiers first: an NHS, CHI or Health and Care number must be removed before the file can be written.", None))
        self.wardLabel.setText(QCoreApplication.translate("ExportPage", u"W&ard", None))
#if QT_CONFIG(accessibility)
        self.exportWard.setAccessibleName(QCoreApplication.translate("ExportPage", u"Ward to export", None))
#endif // QT_CONFIG(accessibility)
        self.weekLabel.setText(QCoreApplication.translate("ExportPage", u"Wee&k", None))
#if QT_CONFIG(accessibility)
        self.exportWeek.setAccessibleName(QCoreApplication.translate("ExportPage", u"Week the export is for", None))
#endif // QT_CONFIG(accessibility)
        self.saveToLabel.setText(QCoreApplication.translate("ExportPage", u"Save &to", None))
#if QT_CONFIG(accessibility)
        self.exportTarget.setAccessibleName(QCoreApplication.translate("ExportPage", u"Folder or file the export is saved to", None))
#endif // QT_CONFIG(accessibility)
        self.chooseTarget.setText(QCoreApplication.translate("ExportPage", u"Ch&oose\u2026", None))
#if QT_CONFIG(accessibility)
        self.chooseTarget.setAccessibleName(QCoreApplication.translate("ExportPage", u"Choose where to save the export", None))
#endif // QT_CONFIG(accessibility)
        self.checkExport.setText(QCoreApplication.translate("ExportPage", u"Check and &export", None))
#if QT_CONFIG(accessibility)
        self.checkExport.setAccessibleName(QCoreApplication.translate("ExportPage", u"Check for patient identifiers and export", None))
#endif // QT_CONFIG(accessibility)
        self.reviewIdentifiers.setText(QCoreApplication.translate("ExportPage", u"&Review identifiers\u2026", None))
#if QT_CONFIG(accessibility)
        self.reviewIdentifiers.setAccessibleName(QCoreApplication.translate("ExportPage", u"Review the possible patient identifiers found", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.exportProgress.setAccessibleName(QCoreApplication.translate("ExportPage", u"Export progress", None))
#endif // QT_CONFIG(accessibility)
        self.exportMessage.setText("")
        self.historyLabel.setText(QCoreApplication.translate("ExportPage", u"Exports made on this computer", None))
#if QT_CONFIG(accessibility)
        self.exportHistory.setAccessibleName(QCoreApplication.translate("ExportPage", u"Exports made on this computer", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.exportTab), QCoreApplication.translate("ExportPage", u"&Weekly export", None))
        self.importHelp.setText(QCoreApplication.translate("ExportPage", u"For the improvement team: choose the weekly files the wards sent. Each file is checked completely before anything is merged; a file already imported changes nothing, and a damaged file is set aside in the quarantine folder.", None))
        self.chooseFiles.setText(QCoreApplication.translate("ExportPage", u"Choose fi&les to import\u2026", None))
#if QT_CONFIG(accessibility)
        self.chooseFiles.setAccessibleName(QCoreApplication.translate("ExportPage", u"Choose weekly export files to import", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.importProgress.setAccessibleName(QCoreApplication.translate("ExportPage", u"Import progress", None))
#endif // QT_CONFIG(accessibility)
        self.importMessage.setText("")
#if QT_CONFIG(accessibility)
        self.importResults.setAccessibleName(QCoreApplication.translate("ExportPage", u"What happened to each file", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.importTab), QCoreApplication.translate("ExportPage", u"&Import files", None))
        self.wardFilterLabel.setText(QCoreApplication.translate("ExportPage", u"&Show", None))
#if QT_CONFIG(accessibility)
        self.wardFilter.setAccessibleName(QCoreApplication.translate("ExportPage", u"Show wards", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.wardsTable.setAccessibleName(QCoreApplication.translate("ExportPage", u"Wards and the files they sent", None))
#endif // QT_CONFIG(accessibility)
        self.conflictsLabel.setText(QCoreApplication.translate("ExportPage", u"Conflicts: the same revision of a record arrived with different content (both versions are kept)", None))
#if QT_CONFIG(accessibility)
        self.conflictsTable.setAccessibleName(QCoreApplication.translate("ExportPage", u"Conflicting versions of records", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.wardsTab), QCoreApplication.translate("ExportPage", u"Wards se&nding files", None))
        self.pendingHelp.setText(QCoreApplication.translate("ExportPage", u"Files from a computer not yet linked to a ward wait here. Check which ward they come from, then choose the ward: they are imported straight away.", None))
#if QT_CONFIG(accessibility)
        self.pendingTable.setAccessibleName(QCoreApplication.translate("ExportPage", u"Files waiting for a ward", None))
#endif // QT_CONFIG(accessibility)
        self.mapPending.setText(QCoreApplication.translate("ExportPage", u"Choose the ward and i&mport\u2026", None))
#if QT_CONFIG(accessibility)
        self.mapPending.setAccessibleName(QCoreApplication.translate("ExportPage", u"Choose the ward of the selected files and import them", None))
#endif // QT_CONFIG(accessibility)
        self.pendingMessage.setText("")
        self.quarantineLabel.setText(QCoreApplication.translate("ExportPage", u"Records held back (a patient identifier, or a clash with another record)", None))
#if QT_CONFIG(accessibility)
        self.quarantineTable.setAccessibleName(QCoreApplication.translate("ExportPage", u"Records held back", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.pendingTab), QCoreApplication.translate("ExportPage", u"&Pending files", None))
        pass
    # retranslateUi

