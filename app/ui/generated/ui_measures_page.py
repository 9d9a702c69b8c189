# Generated from forms/measures_page.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableWidget, QVBoxLayout, QWidget)

class Ui_MeasuresPage(object):
    def setupUi(self, MeasuresPage):
        if not MeasuresPage.objectName():
            MeasuresPage.setObjectName(u"MeasuresPage")
        MeasuresPage.resize(1100, 700)
        self.outerLayout = QVBoxLayout(MeasuresPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.title = QLabel(MeasuresPage)
        self.title.setObjectName(u"title")

        self.outerLayout.addWidget(self.title)

        self.splitter = QSplitter(MeasuresPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.listLabel = QLabel(self.listPane)
        self.listLabel.setObjectName(u"listLabel")
        self.listLabel.setWordWrap(True)

        self.listLayout.addWidget(self.listLabel)

        self.measureList = QTableWidget(self.listPane)
        self.measureList.setObjectName(u"measureList")
        self.measureList.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.measureList.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.measureList.setSelectionMode(QAbstractItemView.SingleSelection)
        self.measureList.setTabKeyNavigation(False)
        self.measureList.setWordWrap(True)

        self.listLayout.addWidget(self.measureList)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newMeasure = QPushButton(self.listPane)
        self.newMeasure.setObjectName(u"newMeasure")

        self.listButtons.addWidget(self.newMeasure)

        self.deleteMeasure = QPushButton(self.listPane)
        self.deleteMeasure.setObjectName(u"deleteMeasure")

        self.listButtons.addWidget(self.deleteMeasure)

        self.listButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listButtonsSpacer)


        self.listLayout.addLayout(self.listButtons)

        self.splitter.addWidget(self.listPane)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        self.chartTab = QWidget()
        self.chartTab.setObjectName(u"chartTab")
        self.chartTabLayout = QVBoxLayout(self.chartTab)
        self.chartTabLayout.setObjectName(u"chartTabLayout")
        self.chartTabLayout.setContentsMargins(0, 0, 0, 0)
        self.chartScroll = QScrollArea(self.chartTab)
        self.chartScroll.setObjectName(u"chartScroll")
        self.chartScroll.setWidgetResizable(True)
        self.chartScroll.setFrameShape(QFrame.NoFrame)
        self.chartScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.chartContents = QWidget()
        self.chartContents.setObjectName(u"chartContents")
        self.chartContentsLayout = QVBoxLayout(self.chartContents)
        self.chartContentsLayout.setObjectName(u"chartContentsLayout")
        self.chartHost = QWidget(self.chartContents)
        self.chartHost.setObjectName(u"chartHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.chartHost.sizePolicy().hasHeightForWidth())
        self.chartHost.setSizePolicy(sizePolicy)
        self.chartHostLayout = QVBoxLayout(self.chartHost)
        self.chartHostLayout.setObjectName(u"chartHostLayout")
        self.chartHostLayout.setContentsMargins(0, 0, 0, 0)

        self.chartContentsLayout.addWidget(self.chartHost)

        self.iconsText = QLabel(self.chartContents)
        self.iconsText.setObjectName(u"iconsText")
        self.iconsText.setWordWrap(True)

        self.chartContentsLayout.addWidget(self.iconsText)

        self.chartSummary = QLabel(self.chartContents)
        self.chartSummary.setObjectName(u"chartSummary")
        self.chartSummary.setWordWrap(True)
        self.chartSummary.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.chartContentsLayout.addWidget(self.chartSummary)

        self.howRow = QHBoxLayout()
        self.howRow.setObjectName(u"howRow")
        self.howButton = QPushButton(self.chartContents)
        self.howButton.setObjectName(u"howButton")
        self.howButton.setCheckable(True)

        self.howRow.addWidget(self.howButton)

        self.howSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.howRow.addItem(self.howSpacer)


        self.chartContentsLayout.addLayout(self.howRow)

        self.howText = QLabel(self.chartContents)
        self.howText.setObjectName(u"howText")
        self.howText.setVisible(False)
        self.howText.setWordWrap(True)
        self.howText.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.chartContentsLayout.addWidget(self.howText)

        self.exportRow = QHBoxLayout()
        self.exportRow.setObjectName(u"exportRow")
        self.exportPng = QPushButton(self.chartContents)
        self.exportPng.setObjectName(u"exportPng")

        self.exportRow.addWidget(self.exportPng)

        self.exportSvg = QPushButton(self.chartContents)
        self.exportSvg.setObjectName(u"exportSvg")

        self.exportRow.addWidget(self.exportSvg)

        self.exportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exportRow.addItem(self.exportSpacer)


        self.chartContentsLayout.addLayout(self.exportRow)

        self.chartScroll.setWidget(self.chartContents)

        self.chartTabLayout.addWidget(self.chartScroll)

        self.tabs.addTab(self.chartTab, "")
        self.dataTab = QWidget()
        self.dataTab.setObjectName(u"dataTab")
        self.dataHostLayout = QVBoxLayout(self.dataTab)
        self.dataHostLayout.setObjectName(u"dataHostLayout")
        self.tabs.addTab(self.dataTab, "")
        self.definitionTab = QWidget()
        self.definitionTab.setObjectName(u"definitionTab")
        self.definitionHostLayout = QVBoxLayout(self.definitionTab)
        self.definitionHostLayout.setObjectName(u"definitionHostLayout")
        self.tabs.addTab(self.definitionTab, "")
        self.splitter.addWidget(self.tabs)

        self.outerLayout.addWidget(self.splitter)

        self.message = QLabel(MeasuresPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.outerLayout.addWidget(self.message)

        self.outerLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.listLabel.setBuddy(self.measureList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.measureList, self.newMeasure)
        QWidget.setTabOrder(self.newMeasure, self.deleteMeasure)
        QWidget.setTabOrder(self.deleteMeasure, self.tabs)
        QWidget.setTabOrder(self.tabs, self.exportPng)
        QWidget.setTabOrder(self.exportPng, self.exportSvg)
        QWidget.setTabOrder(self.exportSvg, self.howButton)

        self.retranslateUi(MeasuresPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MeasuresPage)
    # setupUi

    def retranslateUi(self, MeasuresPage):
        MeasuresPage.setWindowTitle(QCoreApplication.translate("MeasuresPage", u"Measures", None))
        self.title.setText(QCoreApplication.translate("MeasuresPage", u"Measures", None))
        self.listLabel.setText(QCoreApplication.translate("MeasuresPage", u"&Measures: latest variation and assurance", None))
#if QT_CONFIG(accessibility)
        self.measureList.setAccessibleName(QCoreApplication.translate("MeasuresPage", u"Measures, with their latest variation and assurance", None))
#endif // QT_CONFIG(accessibility)
        self.newMeasure.setText(QCoreApplication.translate("MeasuresPage", u"Ne&w measure", None))
#if QT_CONFIG(accessibility)
        self.newMeasure.setAccessibleName(QCoreApplication.translate("MeasuresPage", u"New measure", None))
#endif // QT_CONFIG(accessibility)
        self.deleteMeasure.setText(QCoreApplication.translate("MeasuresPage", u"Delete\u2026", None))
#if QT_CONFIG(accessibility)
        self.deleteMeasure.setAccessibleName(QCoreApplication.translate("MeasuresPage", u"Delete the selected measure", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("MeasuresPage", u"Chart, data and definition of the selected measure", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chartScroll.setAccessibleName(QCoreApplication.translate("MeasuresPage", u"Chart of the selected measure", None))
#endif // QT_CONFIG(accessibility)
        self.iconsText.setText("")
        self.chartSummary.setText("")
        self.howButton.setText(QCoreApplication.translate("MeasuresPage", u"How this chart is wor&ked out", None))
#if QT_CONFIG(accessibility)
        self.howButton.setAccessibleName(QCoreApplication.translate("MeasuresPage", u"Show how this chart is worked out", None))
#endif // QT_CONFIG(accessibility)
        self.howText.setText("")
#if QT_CONFIG(accessibility)
        self.howText.setAccessibleName(QCoreApplication.translate("MeasuresPage", u"How this chart is worked out", None))
#endif // QT_CONFIG(accessibility)
        self.exportPng.setText(QCoreApplication.translate("MeasuresPage", u"Export as &PNG\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportPng.setAccessibleName(QCoreApplication.translate("MeasuresPage", u"Export the chart as a PNG image", None))
#endif // QT_CONFIG(accessibility)
        self.exportSvg.setText(QCoreApplication.translate("MeasuresPage", u"Export as S&VG\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportSvg.setAccessibleName(QCoreApplication.translate("MeasuresPage", u"Export the chart as an SVG drawing", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.chartTab), QCoreApplication.translate("MeasuresPage", u"&Chart", None))
        self.tabs.setTabText(self.tabs.indexOf(self.dataTab), QCoreApplication.translate("MeasuresPage", u"&Data", None))
        self.tabs.setTabText(self.tabs.indexOf(self.definitionTab), QCoreApplication.translate("MeasuresPage", u"D&efinition", None))
        self.message.setText("")
    # retranslateUi

