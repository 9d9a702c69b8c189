# Generated from forms/improvement_page.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QTabWidget, QTableWidget, QTreeWidget, QVBoxLayout, QWidget)

class Ui_ImprovementPage(object):
    def setupUi(self, ImprovementPage):
        if not ImprovementPage.objectName():
            ImprovementPage.setObjectName(u"ImprovementPage")
        self.outerLayout = QVBoxLayout(ImprovementPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.title = QLabel(ImprovementPage)
        self.title.setObjectName(u"title")

        self.titleRow.addWidget(self.title)

        self.savedIndicator = QLabel(ImprovementPage)
        self.savedIndicator.setObjectName(u"savedIndicator")
        self.savedIndicator.setWordWrap(True)

        self.titleRow.addWidget(self.savedIndicator)


        self.outerLayout.addLayout(self.titleRow)

        self.areas = QTabWidget(ImprovementPage)
        self.areas.setObjectName(u"areas")
        self.projectsTab = QWidget()
        self.projectsTab.setObjectName(u"projectsTab")
        self.projectsLayout = QVBoxLayout(self.projectsTab)
        self.projectsLayout.setObjectName(u"projectsLayout")
        self.projectBar = QHBoxLayout()
        self.projectBar.setObjectName(u"projectBar")
        self.projectsLabel = QLabel(self.projectsTab)
        self.projectsLabel.setObjectName(u"projectsLabel")

        self.projectBar.addWidget(self.projectsLabel)

        self.projectChoice = QComboBox(self.projectsTab)
        self.projectChoice.setObjectName(u"projectChoice")
        self.projectChoice.setEditable(False)

        self.projectBar.addWidget(self.projectChoice)

        self.newProject = QPushButton(self.projectsTab)
        self.newProject.setObjectName(u"newProject")

        self.projectBar.addWidget(self.newProject)

        self.deleteProject = QPushButton(self.projectsTab)
        self.deleteProject.setObjectName(u"deleteProject")

        self.projectBar.addWidget(self.deleteProject)

        self.projectBar.setStretch(1, 1)

        self.projectsLayout.addLayout(self.projectBar)

        self.listMessage = QLabel(self.projectsTab)
        self.listMessage.setObjectName(u"listMessage")
        self.listMessage.setWordWrap(True)

        self.projectsLayout.addWidget(self.listMessage)

        self.projectTabs = QTabWidget(self.projectsTab)
        self.projectTabs.setObjectName(u"projectTabs")
        self.overviewTab = QWidget()
        self.overviewTab.setObjectName(u"overviewTab")
        self.overviewLayout = QVBoxLayout(self.overviewTab)
        self.overviewLayout.setObjectName(u"overviewLayout")
        self.overviewScroll = QScrollArea(self.overviewTab)
        self.overviewScroll.setObjectName(u"overviewScroll")
        self.overviewScroll.setWidgetResizable(True)
        self.overviewScroll.setFrameShape(QFrame.NoFrame)
        self.overviewBody = QWidget()
        self.overviewBody.setObjectName(u"overviewBody")
        self.overviewBodyLayout = QVBoxLayout(self.overviewBody)
        self.overviewBodyLayout.setObjectName(u"overviewBodyLayout")
        self.aimSentence = QLabel(self.overviewBody)
        self.aimSentence.setObjectName(u"aimSentence")
        self.aimSentence.setWordWrap(True)

        self.overviewBodyLayout.addWidget(self.aimSentence)

        self.statusLine = QLabel(self.overviewBody)
        self.statusLine.setObjectName(u"statusLine")
        self.statusLine.setWordWrap(True)

        self.overviewBodyLayout.addWidget(self.statusLine)

        self.measuresLabel = QLabel(self.overviewBody)
        self.measuresLabel.setObjectName(u"measuresLabel")

        self.overviewBodyLayout.addWidget(self.measuresLabel)

        self.measuresTable = QTableWidget(self.overviewBody)
        self.measuresTable.setObjectName(u"measuresTable")
        self.measuresTable.setTabKeyNavigation(False)
        self.measuresTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.measuresTable.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.overviewBodyLayout.addWidget(self.measuresTable)

        self.chartNote = QLabel(self.overviewBody)
        self.chartNote.setObjectName(u"chartNote")
        self.chartNote.setWordWrap(True)

        self.overviewBodyLayout.addWidget(self.chartNote)

        self.chartHost = QWidget(self.overviewBody)
        self.chartHost.setObjectName(u"chartHost")
        self.chartHostLayout = QVBoxLayout(self.chartHost)
        self.chartHostLayout.setObjectName(u"chartHostLayout")
        self.chartHostLayout.setContentsMargins(0, 0, 0, 0)

        self.overviewBodyLayout.addWidget(self.chartHost)

        self.timelineLabel = QLabel(self.overviewBody)
        self.timelineLabel.setObjectName(u"timelineLabel")

        self.overviewBodyLayout.addWidget(self.timelineLabel)

        self.timeline = QTreeWidget(self.overviewBody)
        self.timeline.setObjectName(u"timeline")
        self.timeline.setUniformRowHeights(False)
        self.timeline.setWordWrap(True)

        self.overviewBodyLayout.addWidget(self.timeline)

        self.overviewButtons = QHBoxLayout()
        self.overviewButtons.setObjectName(u"overviewButtons")
        self.printProject = QPushButton(self.overviewBody)
        self.printProject.setObjectName(u"printProject")

        self.overviewButtons.addWidget(self.printProject)

        self.projectPdf = QPushButton(self.overviewBody)
        self.projectPdf.setObjectName(u"projectPdf")

        self.overviewButtons.addWidget(self.projectPdf)

        self.overviewButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.overviewButtons.addItem(self.overviewButtonsSpacer)


        self.overviewBodyLayout.addLayout(self.overviewButtons)

        self.overviewScroll.setWidget(self.overviewBody)

        self.overviewLayout.addWidget(self.overviewScroll)

        self.projectTabs.addTab(self.overviewTab, "")
        self.projectTab = QWidget()
        self.projectTab.setObjectName(u"projectTab")
        self.projectHostLayout = QVBoxLayout(self.projectTab)
        self.projectHostLayout.setObjectName(u"projectHostLayout")
        self.projectHostLayout.setContentsMargins(0, 0, 0, 0)
        self.projectTabs.addTab(self.projectTab, "")
        self.cyclesTab = QWidget()
        self.cyclesTab.setObjectName(u"cyclesTab")
        self.cyclesHostLayout = QVBoxLayout(self.cyclesTab)
        self.cyclesHostLayout.setObjectName(u"cyclesHostLayout")
        self.cyclesHostLayout.setContentsMargins(0, 0, 0, 0)
        self.projectTabs.addTab(self.cyclesTab, "")

        self.projectsLayout.addWidget(self.projectTabs)

        self.areas.addTab(self.projectsTab, "")
        self.pulseTab = QWidget()
        self.pulseTab.setObjectName(u"pulseTab")
        self.pulseHostLayout = QVBoxLayout(self.pulseTab)
        self.pulseHostLayout.setObjectName(u"pulseHostLayout")
        self.pulseHostLayout.setContentsMargins(0, 0, 0, 0)
        self.areas.addTab(self.pulseTab, "")

        self.outerLayout.addWidget(self.areas)

#if QT_CONFIG(shortcut)
        self.projectsLabel.setBuddy(self.projectChoice)
        self.measuresLabel.setBuddy(self.measuresTable)
        self.timelineLabel.setBuddy(self.timeline)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.measuresTable, self.timeline)
        QWidget.setTabOrder(self.timeline, self.printProject)
        QWidget.setTabOrder(self.printProject, self.projectPdf)
        QWidget.setTabOrder(self.projectPdf, self.projectChoice)
        QWidget.setTabOrder(self.projectChoice, self.newProject)
        QWidget.setTabOrder(self.newProject, self.deleteProject)

        self.retranslateUi(ImprovementPage)

        QMetaObject.connectSlotsByName(ImprovementPage)
    # setupUi

    def retranslateUi(self, ImprovementPage):
        ImprovementPage.setWindowTitle(QCoreApplication.translate("ImprovementPage", u"Improvement", None))
        self.title.setText(QCoreApplication.translate("ImprovementPage", u"Improvement", None))
        self.savedIndicator.setText("")
#if QT_CONFIG(accessibility)
        self.areas.setAccessibleName(QCoreApplication.translate("ImprovementPage", u"Improvement areas", None))
#endif // QT_CONFIG(accessibility)
        self.projectsLabel.setText(QCoreApplication.translate("ImprovementPage", u"Pro&ject", None))
#if QT_CONFIG(accessibility)
        self.projectChoice.setAccessibleName(QCoreApplication.translate("ImprovementPage", u"Project shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newProject.setAccessibleName(QCoreApplication.translate("ImprovementPage", u"New project", None))
#endif // QT_CONFIG(accessibility)
        self.newProject.setText(QCoreApplication.translate("ImprovementPage", u"&New project\u2026", None))
#if QT_CONFIG(accessibility)
        self.deleteProject.setAccessibleName(QCoreApplication.translate("ImprovementPage", u"Delete the project shown", None))
#endif // QT_CONFIG(accessibility)
        self.deleteProject.setText(QCoreApplication.translate("ImprovementPage", u"Delete project\u2026", None))
        self.listMessage.setText("")
#if QT_CONFIG(accessibility)
        self.projectTabs.setAccessibleName(QCoreApplication.translate("ImprovementPage", u"Project sections", None))
#endif // QT_CONFIG(accessibility)
        self.aimSentence.setText("")
        self.statusLine.setText("")
        self.measuresLabel.setText(QCoreApplication.translate("ImprovementPage", u"&Measures: how we will know a change is an improvement", None))
#if QT_CONFIG(accessibility)
        self.measuresTable.setAccessibleName(QCoreApplication.translate("ImprovementPage", u"Linked measures with their variation and assurance icons", None))
#endif // QT_CONFIG(accessibility)
        self.chartNote.setText("")
        self.timelineLabel.setText(QCoreApplication.translate("ImprovementPage", u"&Timeline: PDSA ramps and their cycles (Enter opens a cycle)", None))
#if QT_CONFIG(accessibility)
        self.timeline.setAccessibleName(QCoreApplication.translate("ImprovementPage", u"PDSA ramps and cycles", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.printProject.setAccessibleName(QCoreApplication.translate("ImprovementPage", u"Print the project on a page", None))
#endif // QT_CONFIG(accessibility)
        self.printProject.setText(QCoreApplication.translate("ImprovementPage", u"P&rint project\u2026", None))
#if QT_CONFIG(accessibility)
        self.projectPdf.setAccessibleName(QCoreApplication.translate("ImprovementPage", u"Save the project on a page as PDF", None))
#endif // QT_CONFIG(accessibility)
        self.projectPdf.setText(QCoreApplication.translate("ImprovementPage", u"Save project as P&DF\u2026", None))
        self.projectTabs.setTabText(self.projectTabs.indexOf(self.overviewTab), QCoreApplication.translate("ImprovementPage", u"O&verview", None))
        self.projectTabs.setTabText(self.projectTabs.indexOf(self.projectTab), QCoreApplication.translate("ImprovementPage", u"Project and &aim", None))
        self.projectTabs.setTabText(self.projectTabs.indexOf(self.cyclesTab), QCoreApplication.translate("ImprovementPage", u"PDSA c&ycles", None))
        self.areas.setTabText(self.areas.indexOf(self.projectsTab), QCoreApplication.translate("ImprovementPage", u"&Projects", None))
        self.areas.setTabText(self.areas.indexOf(self.pulseTab), QCoreApplication.translate("ImprovementPage", u"C&ulture pulse", None))
    # retranslateUi

